/*
 * Redefine: the only script on reader pages. No framework, no third parties.
 *
 * 1. Quick exit (GOV.UK "Exit this page" pattern): the "Leave this site" link, or Shift pressed
 *    three times in a row, hides the page at once and replaces it with a neutral site through
 *    location.replace, so Back does not return here. Without JavaScript the link still works.
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

  document.documentElement.classList.add("has-js");
})();
