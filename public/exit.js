// The emergency exit ("Exit this page", or Shift three times), in every tab, from the first
// paint: loaded before the app, on its own, so it works while the WebAssembly downloads and
// if it never runs. It is the only exit: the app draws the button, hears of an exit through
// the `cp-guide-exit` event (it drops the passcode's key and the drafts) and asks for one with
// `cp-guide-leave`.
//
// Removing the visit from Back. A plain `location.replace` swaps out only the page on screen:
// every earlier page of the visit stays behind Back. Where the Navigation API exists
// (Chromium; Safari and Firefox in their 2026 versions) the exit first goes back to the
// visit's first page of the guide (`navigation.entries()[0]`: the Navigation API lists only
// this site's own pages, those next to each other in this tab's history), then replaces that
// one with the neutral site, so Back leads to whatever the parent had open before the guide.
// The pages read after the first stay Forward of the neutral site, and elsewhere all of them
// stay behind Back: so the exit also marks the tab (sessionStorage, this tab only), and any
// page of the guide opened again by Back or Forward, or brought back from the back-forward
// cache, leaves again before it is shown. A deliberate new visit (a link, the address) clears
// the mark. A setting that made every move between pages replace the last would leave one
// entry to remove, but costs the phone's Back button inside the guide: not chosen.
(function () {
  'use strict';
  if (window.cpGuideExit) return;
  window.cpGuideExit = true;
  var SITES = {
    'bbc-weather': 'https://www.bbc.co.uk/weather',
    'bbc-news': 'https://www.bbc.co.uk/news',
    'bbc-sport': 'https://www.bbc.co.uk/sport'
  };
  var LEFT = 'cp-guide:left';
  var LEFT_AT = 'cp-guide:left-at';
  var TELL = 'cp-guide:tell-tabs';
  var TRACELESS = 'cp-guide:traceless';
  // This tab showed a page of the guide at this time (sessionStorage), and a tab of the guide
  // last exited at that time (localStorage: every tab, so a tab that was on another site
  // knows its history predates an exit; Delete all removes it).
  var SHOWN_AT = 'cp-guide:shown-at';
  var EXITED_AT = 'cp-guide:exited-at';
  var CHANNEL = 'cp-guide-tabs';
  var SIGNAL = 'cp-guide:tabs-signal';
  var root = document.documentElement;
  var channel = window.BroadcastChannel ? new BroadcastChannel(CHANNEL) : null;

  function siteOrNull(url) {
    for (var id in SITES) if (SITES[id] === url) return url;
    return null;
  }
  // The site chosen in Settings (core::exit::ExitSite), else BBC Weather.
  function chosenSite() {
    try {
      return SITES[JSON.parse(localStorage.getItem('cp-guide:settings')).data.exit_site] || SITES['bbc-weather'];
    } catch (e) {
      return SITES['bbc-weather'];
    }
  }
  function hide() {
    root.style.visibility = 'hidden';
  }
  // Nothing of the guide on screen or in the title, and the app drops the passcode's key,
  // the notes and the drafts.
  function blank() {
    hide();
    document.title = '';
    window.dispatchEvent(new Event('cp-guide-exit'));
  }

  // Sets the mark, then tells the other tabs (if this is where the parent pressed the exit)
  // and replaces this page: from the visit's first page when there is an earlier one.
  // `tellTabs`: the exit was pressed here (not heard from another tab, not a page left again).
  // The other tabs are told only once that first page is reached: a message reaching a page
  // kept in the back-forward cache makes the browser drop it, and dropping the very page
  // being gone back to aborts the way back (measured in Chromium).
  // `traceless`: after removing every trace, nothing may be written back to localStorage.
  function leave(site, tellTabs, traceless) {
    blank();
    // Carried to the first page too, which finishes the exit.
    traceless = traceless || read(sessionStorage, TRACELESS) === '1';
    // Without the mark, the first page could not know to leave: then replace only this one.
    var marked = true;
    try {
      sessionStorage.setItem(LEFT, site);
      sessionStorage.setItem(LEFT_AT, String(Date.now()));
      if (tellTabs) sessionStorage.setItem(TELL, '1');
      if (traceless) sessionStorage.setItem(TRACELESS, '1');
    } catch (e) {
      marked = false;
    }
    if (!traceless) {
      try { localStorage.setItem(EXITED_AT, String(Date.now())); } catch (e) { /* this tab's mark stands */ }
    }
    var gone = false;
    function replace() {
      if (gone) return;
      gone = true;
      if (tellTabs || told()) tellOtherTabs(site, traceless);
      location.replace(site);
    }
    var nav = window.navigation;
    try {
      // Offline, the first page may not load (no worker yet): the browser's error page would
      // then stand at the guide's address. Replace this one instead.
      var first = navigator.onLine !== false && nav && nav.entries()[0];
      if (marked && first && nav.currentEntry && first.key !== nav.currentEntry.key) {
        // Within this page (the app's own moves) the promise settles here; across pages this
        // page is gone first, and the first page leaves on arriving (below). Should the way
        // back stall, leave from here after a moment all the same.
        nav.traverseTo(first.key).committed.then(replace, replace);
        setTimeout(replace, 3000);
        return;
      }
    } catch (e) { /* no Navigation API: replace this page */ }
    replace();
  }

  function told() {
    try {
      var asked = sessionStorage.getItem(TELL);
      sessionStorage.removeItem(TELL);
      return !!asked;
    } catch (e) {
      return false;
    }
  }
  function tellOtherTabs(site, traceless) {
    try { sessionStorage.removeItem(TELL); } catch (e) { /* nothing kept */ }
    if (channel) {
      channel.postMessage({ type: 'exit', site: site, traceless: !!traceless });
    } else {
      // Set and removed at once: the other tabs hear the change, nothing stays.
      try { localStorage.setItem(SIGNAL, 'exit'); localStorage.removeItem(SIGNAL); } catch (e) { /* none to tell */ }
    }
  }

  // A page of the guide that must not be shown: reached again by Back or Forward (or from the
  // back-forward cache) in a tab that exited, or whose history predates an exit in another
  // tab; or whose load began before this tab's exit (an exit tapped while a reload or a new
  // page was on its way). A new visit after the exit is shown, and clears the mark.
  function read(store, key) {
    try { return store.getItem(key); } catch (e) { return null; }
  }
  function mustLeave(returning, startedAt) {
    var left = read(sessionStorage, LEFT);
    if (left && (returning || startedAt < Number(read(sessionStorage, LEFT_AT)))) return left;
    var exited = Number(read(localStorage, EXITED_AT));
    if (returning && exited && exited > Number(read(sessionStorage, SHOWN_AT) || 0)) return chosenSite();
    return null;
  }
  function shown() {
    try {
      sessionStorage.setItem(SHOWN_AT, String(Date.now()));
      sessionStorage.removeItem(LEFT);
      sessionStorage.removeItem(LEFT_AT);
      sessionStorage.removeItem(TRACELESS);
    } catch (e) { /* nothing kept */ }
  }
  var navigation = performance.getEntriesByType && performance.getEntriesByType('navigation')[0];
  var again = mustLeave(!!navigation && navigation.type === 'back_forward', performance.timeOrigin || 0);
  if (again) leave(again, false);
  else shown();
  // A page kept in the back-forward cache is hidden as it goes, so it can never be shown
  // there before this check.
  window.addEventListener('pagehide', function (event) {
    if (event.persisted) hide();
  });
  window.addEventListener('pageshow', function (event) {
    if (!event.persisted) return;
    var site = mustLeave(true, 0);
    if (site) {
      leave(site, false);
    } else {
      shown();
      root.style.visibility = '';
    }
  });

  // The button, delegated: it is in the pre-rendered page and in the app alike.
  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('.exit-this-page__button');
    if (!button) return;
    event.preventDefault();
    event.stopPropagation();
    leave(chosenSite(), true);
  }, true);
  // The app's own way out (after removing every trace, when the settings are gone: the site
  // comes with the request).
  window.addEventListener('cp-guide-leave', function (event) { leave(siteOrNull(event.detail) || chosenSite(), true, true); });

  // Shift three times, each within 5 seconds of the last, as GOV.UK's "Exit this page", with
  // two of its faults fixed: either Shift counts (govuk-frontend #5393), and Shift while typing
  // in a field never does (#4095: phone keyboards send it unasked). The app tells a screen
  // reader how many presses are left (`cp-guide-exit-shift`; 0: the count started again).
  var presses = 0;
  var last = 0;
  function typing(target) {
    if (!target) return false;
    if (target.tagName === 'INPUT') return !/^(radio|checkbox|button|submit|reset|range|color|file|image)$/.test(target.type);
    return target.tagName === 'TEXTAREA' || !!target.isContentEditable;
  }
  function tellCount(left) {
    window.dispatchEvent(new CustomEvent('cp-guide-exit-shift', { detail: left }));
  }
  window.addEventListener('keydown', function (event) {
    if (event.repeat || typing(event.target)) return;
    if (event.key !== 'Shift') {
      if (presses) { presses = 0; tellCount(0); }
      return;
    }
    var now = Date.now();
    presses = presses && now >= last && now - last <= 5000 ? presses + 1 : 1;
    last = now;
    if (presses >= 3) {
      presses = 0;
      leave(chosenSite(), true);
    } else {
      tellCount(3 - presses);
    }
  }, true);

  // Another tab of the guide exited: this one goes too, blank at once; its way back starts a
  // moment later, once the message has made the browser drop this tab's cached pages.
  function heard(type, site, traceless) {
    if (type !== 'exit') return;
    blank();
    setTimeout(function () { leave(siteOrNull(site) || chosenSite(), false, traceless); }, 100);
  }
  if (channel) channel.addEventListener('message', function (event) { if (event.data) heard(event.data.type, event.data.site, event.data.traceless === true); });
  window.addEventListener('storage', function (event) {
    if (event.key === SIGNAL && event.newValue) heard(event.newValue);
  });
})();
