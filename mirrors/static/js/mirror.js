/* Redefine on a static mirror (mirrors/export.py adds this script to every exported page only).
 *
 * - The front door (index.html, the default language's home): a browser that prefers another
 *   language the mirror has goes to it, as the dynamic site's redirect from / does.
 * - GET forms other than search (a topic page's country filter): the mirror has no query strings,
 *   so the form goes to the exported copy of its answer, `<action>_q/<query>/`, named as
 *   mirrors.export.encode_query names it. Without JavaScript the form still shows the page.
 * - Search: the Pagefind index of this language (pagefind/, built at export time), with the
 *   dynamic site's own no-results help, which the export left hidden in the page.
 * Nothing here asks anything of another origin.
 */
(function () {
  "use strict";

  var html = document.documentElement;
  var root = new URL(html.getAttribute("data-mirror-root") || "./", window.location.href);

  function goToPreferredLanguage() {
    var available = (html.getAttribute("data-mirror-home") || "").split(" ").filter(Boolean);
    if (!available.length) return;
    var wanted = navigator.languages || [navigator.language || ""];
    for (var i = 0; i < wanted.length; i++) {
      var code = String(wanted[i]).toLowerCase().split("-")[0];
      if (available.indexOf(code) !== -1) {
        if (code !== html.lang) window.location.replace(new URL(code + "/", root).href);
        return;
      }
    }
  }

  // The same as mirrors.export.encode_query.
  function encodePart(text) {
    var out = "";
    for (var i = 0; i < text.length; i++) {
      var char = text.charAt(i);
      if (/[A-Za-z0-9]/.test(char)) {
        out += char;
      } else {
        var code = text.codePointAt(i);
        if (code > 0xffff) i++;
        var bytes = new TextEncoder().encode(String.fromCodePoint(code));
        for (var j = 0; j < bytes.length; j++) {
          out += "~" + (bytes[j] < 16 ? "0" : "") + bytes[j].toString(16).toUpperCase();
        }
      }
    }
    return out;
  }

  function encodeQuery(pairs) {
    return pairs
      .filter(function (pair) { return pair[1] !== ""; })
      .sort(function (a, b) {
        if (a[0] !== b[0]) return a[0] < b[0] ? -1 : 1;
        return a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;
      })
      .map(function (pair) { return encodePart(pair[0]) + "-" + encodePart(pair[1]); })
      .join("_");
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.hasAttribute || !form.hasAttribute("data-mirror-form")) return;
    event.preventDefault();
    var pairs = [];
    new FormData(form).forEach(function (value, name) { pairs.push([name, String(value)]); });
    var query = encodeQuery(pairs);
    var action = new URL(form.getAttribute("action") || "./", window.location.href);
    action.search = "";
    if (!/\/$/.test(action.pathname)) action.pathname += "/";
    window.location.assign(query ? new URL("_q/" + query + "/", action).href : action.href);
  });

  function searchPage() {
    var box = document.querySelector("[data-mirror-search]");
    if (!box) return;
    var query = (new URLSearchParams(window.location.search).get("q") || "").trim();
    document.querySelectorAll("#search-q, #site-search-q").forEach(function (input) {
      input.value = query;
    });
    if (!query) return;
    var status = box.querySelector("[data-mirror-search-status]");
    var list = box.querySelector("[data-mirror-results]");
    var noResults = document.querySelector("[data-mirror-no-results]");
    var counts = JSON.parse(box.getAttribute("data-counts") || "[]");

    function showNothing() {
      document.querySelectorAll("[data-mirror-query]").forEach(function (span) {
        span.textContent = query;
      });
      if (noResults) noResults.hidden = false;
    }

    import(new URL("pagefind/pagefind.js", root).href)
      .then(function (pagefind) {
        return pagefind.options({ baseUrl: root.pathname }).then(function () {
          return pagefind.search(query);
        });
      })
      .then(function (search) {
        var found = (search && search.results) || [];
        if (!found.length) return showNothing();
        return Promise.all(found.slice(0, counts.length || 100).map(function (result) {
          return result.data();
        })).then(function (pages) {
          pages.forEach(function (data) {
            var item = document.createElement("li");
            item.className = "search-result";
            var heading = document.createElement("h2");
            var link = document.createElement("a");
            link.href = data.url;
            link.textContent = (data.meta && data.meta.title) || data.url;
            heading.appendChild(link);
            item.appendChild(heading);
            var excerpt = document.createElement("template");
            excerpt.innerHTML = data.excerpt || "";
            var text = excerpt.content.textContent.trim();
            if (text) {
              var summary = document.createElement("p");
              summary.textContent = text;
              item.appendChild(summary);
            }
            list.appendChild(item);
          });
          status.textContent = counts[Math.min(pages.length, counts.length) - 1] || "";
          status.hidden = false;
          list.hidden = false;
        });
      })
      .catch(showNothing);
  }

  goToPreferredLanguage();
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", searchPage);
  } else {
    searchPage();
  }
})();
