/*
 * Redefine support page: the chat, loaded only when the reader asks for it, and "open now".
 *
 * 1. Until the reader presses "Start chat" nothing is fetched from the chat service: its address
 *    is only the href of the Start link (which is also the chat for readers without JavaScript).
 *    Pressing it puts the chat in a frame; "Close and clear" removes the frame from the page.
 * 2. "Open now, until 21:00 Tbilisi time" / "Closed, opens Monday 17:00 Tbilisi time (15:00 your
 *    time)" is decided here on the reader's own clock, from open intervals given as instants
 *    with the partner's UTC offset (data-open-intervals). Instants do not depend on the reader's
 *    time zone, daylight saving or how long the page sat in a cache; the offset gives the
 *    partner's wall clock. Every word comes from the server, in the page's language
 *    (data-status-templates): weekday and zone names are never asked of the browser's Intl,
 *    which has none for Georgian, Armenian or Belarusian. The reader's clock is shown, as
 *    numbers only, where its offset differs from the partner's.
 *    The same decision is made in Python (support/opening_hours.py) for readers without JS.
 */
(function () {
  "use strict";

  var DAY = 86400000;
  var MINUTE = 60000;

  function readJSON(element, name) {
    try {
      return JSON.parse(element.getAttribute(name) || "null");
    } catch (e) {
      return null;
    }
  }

  /* "2027-01-04T17:00:00+04:00" -> {ms: instant, offset: the partner's UTC offset in minutes}. */
  function instant(text) {
    var match = /([+-])(\d\d):(\d\d)$/.exec(text);
    var offset = match ? (match[1] === "-" ? -1 : 1) * (60 * +match[2] + +match[3]) : 0;
    return { ms: Date.parse(text), offset: offset };
  }

  function parseIntervals(element) {
    var pairs = readJSON(element, "data-open-intervals");
    if (!pairs) return null;
    return pairs.map(function (pair) {
      return [instant(pair[0]), instant(pair[1])];
    });
  }

  /* {open: true, until} | {open: false, opens} | {open: false} | null (unknown). */
  function statusAt(intervals, now) {
    if (!intervals || !intervals.length) return null;
    for (var i = 0; i < intervals.length; i++) {
      if (intervals[i][0].ms <= now && now < intervals[i][1].ms) return { open: true, until: intervals[i][1] };
      if (intervals[i][0].ms > now) return { open: false, opens: intervals[i][0] };
    }
    // The page is older than the intervals it lists: say nothing rather than guess.
    return null;
  }

  /* The partner's UTC offset at `now`, from the zone's offsets and their changes. */
  function partnerOffsetAt(element, now, fallback) {
    var changes = readJSON(element, "data-utc-offsets") || [];
    var offset = fallback;
    for (var i = 0; i < changes.length; i++) {
      if (Date.parse(changes[i][0]) <= now) offset = changes[i][1];
    }
    return offset;
  }

  /* Wall clocks as plain numbers: the partner's from its offset, the reader's from the browser. */
  function partnerClock(ms, offset) {
    var shifted = new Date(ms + offset * MINUTE);
    return {
      day: Math.floor((ms + offset * MINUTE) / DAY),
      weekday: shifted.getUTCDay(),
      hours: shifted.getUTCHours(),
      minutes: shifted.getUTCMinutes(),
    };
  }

  function readerClock(ms) {
    var d = new Date(ms);
    return {
      day: Math.round(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / DAY),
      weekday: d.getDay(),
      hours: d.getHours(),
      minutes: d.getMinutes(),
    };
  }

  function readerOffset(ms) {
    return -new Date(ms).getTimezoneOffset();
  }

  function pad(n) {
    return (n < 10 ? "0" : "") + n;
  }

  function hhmm(clock) {
    return pad(clock.hours) + ":" + pad(clock.minutes);
  }

  function dayWord(texts, clock, today) {
    if (clock.day === today) return texts.today;
    if (clock.day === today + 1) return texts.tomorrow;
    // weekdays are Monday first; getDay() counts from Sunday.
    return texts.weekdays[(clock.weekday + 6) % 7];
  }

  /* Fill %(name)s in one pass, so that a value is never filled in again. */
  function fill(template, values) {
    return template.replace(/%\((\w+)\)s/g, function (whole, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? values[name] : whole;
    });
  }

  function describe(element, status, now) {
    var texts = readJSON(element, "data-status-templates");
    if (!texts) return null;
    if (!status.opens && !status.open) return texts.closed_unknown;
    var moment = status.open ? status.until : status.opens;
    var theirs = partnerClock(moment.ms, moment.offset);
    var values = { time: hhmm(theirs), zone: texts.zone };
    var both = readerOffset(moment.ms) !== moment.offset;
    var yours = readerClock(moment.ms);
    if (both) values.your_time = hhmm(yours);
    if (status.open) return fill(both ? texts.open_both : texts.open, values);
    var partnerToday = partnerClock(now, partnerOffsetAt(element, now, moment.offset)).day;
    values.day = dayWord(texts, theirs, partnerToday);
    if (!both) return fill(texts.closed, values);
    if (yours.day === theirs.day) return fill(texts.closed_both, values);
    values.your_day = dayWord(texts, yours, readerClock(now).day);
    return fill(texts.closed_both_day, values);
  }

  function updateStatus() {
    var now = Date.now();
    var element = document.querySelector("[data-chat-status]");
    var status = element ? statusAt(parseIntervals(element), now) : null;
    var text = status ? describe(element, status, now) : null;
    if (text) element.textContent = text;
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
