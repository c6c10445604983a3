/*
 * Redefine support page: the chat, loaded only when the reader asks for it, and "open now".
 *
 * 1. Until the reader presses "Start chat" nothing is fetched from the chat service: its address
 *    is only the href of the Start link (which is also the chat for readers without JavaScript).
 *    Pressing it puts the chat in a frame; "Close and clear" removes the frame from the page.
 * 2. "Open now, until 21:00" / "Closed, opens Monday 18:00" is decided here on the reader's own
 *    clock, from open intervals given as UTC instants (data-open-intervals). Instants do not
 *    depend on the reader's time zone, daylight saving or how long the page sat in a cache.
 *    The same decision is made in Python (support/opening_hours.py) for readers without JS.
 */
(function () {
  "use strict";

  function parseIntervals(element) {
    try {
      return JSON.parse(element.getAttribute("data-open-intervals") || "[]").map(function (pair) {
        return [Date.parse(pair[0]), Date.parse(pair[1])];
      });
    } catch (e) {
      return null;
    }
  }

  /* {open: true, until: ms} | {open: false, opens: ms} | {open: false} | null (unknown). */
  function statusAt(intervals, now) {
    if (!intervals || !intervals.length) return null;
    for (var i = 0; i < intervals.length; i++) {
      if (intervals[i][0] <= now && now < intervals[i][1]) return { open: true, until: intervals[i][1] };
      if (intervals[i][0] > now) return { open: false, opens: intervals[i][0] };
    }
    // The page is older than the intervals it lists: say nothing rather than guess.
    return null;
  }

  function localDay(ms) {
    var d = new Date(ms);
    return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  }

  function describe(element, status, now) {
    var lang = document.documentElement.lang || undefined;
    var time = function (ms) {
      return new Intl.DateTimeFormat(lang, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(
        new Date(ms)
      );
    };
    if (status.open) {
      return element.getAttribute("data-text-open").replace("%(time)s", time(status.until));
    }
    if (!status.opens) return element.getAttribute("data-text-closed-unknown");
    var days = Math.round((localDay(status.opens) - localDay(now)) / 86400000);
    var day =
      days === 0
        ? element.getAttribute("data-text-today")
        : days === 1
          ? element.getAttribute("data-text-tomorrow")
          : new Intl.DateTimeFormat(lang, { weekday: "long" }).format(new Date(status.opens));
    return element
      .getAttribute("data-text-closed")
      .replace("%(day)s", day)
      .replace("%(time)s", time(status.opens));
  }

  function updateStatus() {
    var now = Date.now();
    var element = document.querySelector("[data-chat-status]");
    var status = element ? statusAt(parseIntervals(element), now) : null;
    if (status) element.textContent = describe(element, status, now);
    var offers = document.querySelector("[data-closed-offers]");
    if (!offers) return;
    // With a chat of its own, the page offers other help only while that chat is closed.
    if (status) offers.hidden = status.open;
    var others = offers.querySelectorAll("[data-other-chat]");
    for (var i = 0; i < others.length; i++) {
      var other = statusAt(parseIntervals(others[i]), now);
      others[i].hidden = !(other && other.open);
    }
  }

  function startChat(section, link) {
    var container = section.querySelector("[data-chat-frame]");
    var frame = document.createElement("iframe");
    frame.src = link.href;
    frame.title = section.getAttribute("data-chat-title") || "";
    frame.className = "chat__iframe";
    frame.referrerPolicy = "no-referrer";
    frame.setAttribute("sandbox", "allow-scripts allow-same-origin allow-forms allow-popups");
    container.appendChild(frame);
    container.hidden = false;
    link.hidden = true;
    section.querySelector("[data-chat-close]").hidden = false;
    frame.focus();
  }

  function closeChat(section) {
    var container = section.querySelector("[data-chat-frame]");
    while (container.firstChild) container.removeChild(container.firstChild);
    container.hidden = true;
    section.querySelector("[data-chat-close]").hidden = true;
    var link = section.querySelector("[data-chat-start]");
    link.hidden = false;
    link.focus();
  }

  document.addEventListener("click", function (event) {
    var target = event.target.closest && event.target.closest("[data-chat-start], [data-chat-close]");
    if (!target) return;
    var section = target.closest("[data-chat]");
    if (!section) return;
    event.preventDefault();
    if (target.hasAttribute("data-chat-start")) startChat(section, target);
    else closeChat(section);
  });

  updateStatus();
  // Keep "open now" right on a page left open across an opening or closing time.
  window.setInterval(updateStatus, 60000);
})();
