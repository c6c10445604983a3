/*
 * Redefine: the only script on reader pages. No framework, no third parties.
 *
 * 1. Quick exit (GOV.UK "Exit this page" pattern): the "Leave this site" link, or Shift pressed
 *    three times in a row, hides the page at once and replaces it with a neutral site through
 *    location.replace, so Back does not return here. Without JavaScript the link still works.
 *    So that Back returns to no other page of the site either, the whole visit is one entry of
 *    the tab's history: see "One history entry" below.
 * 2. Videos: the player's iframe is created only when the reader presses play.
 * 3. Content warning: when the reader chooses to continue, the focus moves to the start of the
 *    article (the button they pressed disappears), so a keyboard or screen reader user goes on
 *    reading from there.
 */
(function () {
  "use strict";

  var SHIFT_PRESSES = 3;
  var SHIFT_WINDOW_MS = 2000;

  function quickExit(url) {
    document.documentElement.classList.add("is-exiting");
    forgetTrail();
    try {
      document.title = "";
    } catch (e) {
      /* ignore */
    }
    window.location.replace(url);
  }

  function exitUrl() {
    var link = document.querySelector("[data-quick-exit]");
    return link ? link.href : "about:blank";
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("[data-quick-exit]");
    if (!link) return;
    event.preventDefault();
    quickExit(link.href);
  });

  var shiftCount = 0;
  var lastShift = 0;
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Shift") {
      shiftCount = 0;
      return;
    }
    if (event.repeat) return;
    var now = Date.now();
    shiftCount = now - lastShift > SHIFT_WINDOW_MS ? 1 : shiftCount + 1;
    lastShift = now;
    if (shiftCount >= SHIFT_PRESSES) {
      shiftCount = 0;
      quickExit(exitUrl());
    }
  });

  // What the browser scrolls into view (the focus, a #fragment) stops below the sticky bar,
  // however tall it is on this screen and zoom. (CSSOM, which the CSP allows; not a style attribute.)
  function padBelowQuickExitBar() {
    var bar = document.querySelector("[data-quick-exit-bar]");
    if (bar) document.documentElement.style.scrollPaddingTop = bar.offsetHeight + 16 + "px";
  }
  padBelowQuickExitBar();
  window.addEventListener("resize", padBelowQuickExitBar);

  // A page restored from the back/forward cache after an exit must not show itself again.
  window.addEventListener("pageshow", function (event) {
    if (event.persisted && document.documentElement.classList.contains("is-exiting")) {
      quickExit(exitUrl());
    }
  });

  document.addEventListener("click", function (event) {
    var play = event.target.closest && event.target.closest("[data-video-play]");
    if (!play) return;
    var figure = play.closest("[data-video]");
    var embedUrl = figure && figure.getAttribute("data-embed-url");
    if (!embedUrl) return;
    event.preventDefault();
    var frame = document.createElement("iframe");
    frame.src = embedUrl;
    frame.title = figure.getAttribute("data-title") || "";
    frame.allow = "autoplay; fullscreen; picture-in-picture";
    frame.setAttribute("allowfullscreen", "");
    frame.referrerPolicy = "no-referrer";
    frame.className = "video__frame";
    var placeholder = figure.querySelector(".video__placeholder");
    placeholder.replaceWith(frame);
    frame.focus();
  });

  // "toggle" does not bubble: listen in the capture phase.
  document.addEventListener(
    "toggle",
    function (event) {
      var gate = event.target;
      if (!gate.matches || !gate.matches("[data-content-warning]") || !gate.open) return;
      var body = gate.querySelector(".article__body");
      if (!body) return;
      body.setAttribute("tabindex", "-1");
      body.focus();
    },
    true
  );

  /*
   * One history entry. Links and GET forms that stay on the site replace the tab's current
   * history entry instead of adding one (location.replace), so a visit of any length is one
   * entry, and the quick exit's location.replace takes it away: Back then goes to the page the
   * reader was on before the site. The entries before the site are the browser's, left alone.
   * Links to other sites, new tabs and windows (target, Ctrl/Cmd/Shift/middle click),
   * downloads, tel: and mailto: work as the browser makes them work. Without JavaScript every
   * page is an entry of its own ("Staying safe online" says so).
   *
   * The site's own Back link (in the quick exit bar) does the in-site "back": the addresses
   * the reader came through, in this tab's sessionStorage, never sent anywhere, emptied by the
   * quick exit and gone when the tab closes.
   */
  var TRAIL_KEY = "redefine-trail";
  var TRAIL_LENGTH = 50;

  function here() {
    return location.pathname + location.search;
  }

  function readTrail() {
    try {
      var trail = JSON.parse(sessionStorage.getItem(TRAIL_KEY) || "[]");
      // Paths of this site only ("/..." but not "//host").
      return Array.isArray(trail)
        ? trail.filter(function (path) {
            return typeof path === "string" && /^\/(?!\/)/.test(path);
          })
        : [];
    } catch (e) {
      return [];
    }
  }

  function writeTrail(trail) {
    try {
      sessionStorage.setItem(TRAIL_KEY, JSON.stringify(trail.slice(-TRAIL_LENGTH)));
    } catch (e) {
      /* Storage refused (a private mode, say): the Back link just does not show. */
    }
  }

  function forgetTrail() {
    try {
      sessionStorage.removeItem(TRAIL_KEY);
    } catch (e) {
      /* ignore */
    }
  }

  function sameDocument(url) {
    return url.pathname + url.search === here();
  }

  function goWithinSite(url) {
    if (!sameDocument(url)) {
      var trail = readTrail();
      if (trail[trail.length - 1] !== here()) trail.push(here());
      writeTrail(trail);
    }
    // A #fragment of this page too: replaced, so it adds no entry either.
    location.replace(url.href);
  }

  function isPlainClick(event) {
    return !(
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    );
  }

  function staysInThisTab(target) {
    return !target || target === "_self";
  }

  function showBackLink() {
    var back = document.querySelector("[data-site-back]");
    if (!back) return;
    var trail = readTrail();
    // A reload, or a download that did not leave the page, put this page last: not a way back.
    while (trail.length && trail[trail.length - 1] === here()) trail.pop();
    writeTrail(trail);
    if (!trail.length) return;
    back.href = trail[trail.length - 1];
    back.hidden = false;
  }
  showBackLink();

  document.addEventListener("click", function (event) {
    if (!isPlainClick(event) || !event.target.closest) return;
    var back = event.target.closest("[data-site-back]");
    if (back) {
      event.preventDefault();
      var trail = readTrail();
      var previous = trail.pop();
      writeTrail(trail);
      if (previous) location.replace(previous);
      return;
    }
    var link = event.target.closest("a[href], area[href]");
    if (
      !link ||
      !(link instanceof HTMLAnchorElement || link instanceof HTMLAreaElement) ||
      link.hasAttribute("download") ||
      !staysInThisTab(link.getAttribute("target")) ||
      (link.protocol !== "https:" && link.protocol !== "http:") ||
      link.origin !== location.origin
    ) {
      return;
    }
    event.preventDefault();
    goWithinSite(new URL(link.href));
  });

  document.addEventListener("submit", function (event) {
    var form = event.target;
    var submitter = event.submitter;
    if (event.defaultPrevented || !(form instanceof HTMLFormElement)) return;
    function attribute(name, fallback) {
      return submitter && submitter.hasAttribute("form" + name)
        ? submitter.getAttribute("form" + name)
        : fallback;
    }
    var method = attribute("method", form.getAttribute("method") || "get").toLowerCase();
    var target = attribute("target", form.getAttribute("target"));
    var action = new URL(attribute("action", form.getAttribute("action") || ""), location.href);
    // A password form (POST) is sent as the browser sends it.
    if (method !== "get" || !staysInThisTab(target) || action.origin !== location.origin) return;
    var data;
    try {
      data = new FormData(form, submitter);
    } catch (e) {
      data = new FormData(form);
      if (submitter && submitter.name) data.append(submitter.name, submitter.value);
    }
    action.search = new URLSearchParams(data).toString();
    action.hash = "";
    event.preventDefault();
    goWithinSite(action);
  });

  document.documentElement.classList.add("has-js");
})();
