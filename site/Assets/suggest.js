// Suggestions as you type, under any search box that carries data-suggest (the site's apiUrl: "/api", or an
// absolute URL ending in /api) and names its list (aria-controls): public names from GET /api/search/suggest.
// Each is a link (to its decision, or to the search for it), so a pick works by mouse, touch or keyboard; arrows
// move through the list. Progressive enhancement only: without this file the box is a plain search form.
(function () {
  'use strict';
  if (!window.fetch) return;
  Array.prototype.forEach.call(document.querySelectorAll('input[data-suggest]'), attach);

  function attach(input) {
    var box = document.getElementById(input.getAttribute('aria-controls') || '');
    if (!box) return;
    var api = (input.getAttribute('data-suggest').replace(/\/+$/, '') || '/api') + '/search/suggest';
    var timer = 0;
    var inflight = null;
    // Counts the lists asked for: an answer that comes back after the form was sent (a slow network) is not drawn
    // over the results, where a tap meant for a result would land on a suggestion.
    var asked = 0;
    // While a pinyin input method is composing (hui'min before 惠民 is chosen), the box holds letters nobody
    // means to search for: wait for the characters.
    var composing = false;

    function close() {
      box.removeAttribute('data-shown');
      box.textContent = '';
      box.hidden = true;
      input.setAttribute('aria-expanded', 'false');
    }

    function suggest() {
      var q = input.value.trim();
      if (!q || q.length > 50) { close(); return; }
      if (inflight) inflight.abort();
      inflight = window.AbortController ? new AbortController() : null;
      var mine = ++asked;
      fetch(api + '?q=' + encodeURIComponent(q), { signal: inflight ? inflight.signal : undefined, headers: { Accept: 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
        .then(function (data) {
          if (mine !== asked) return;
          // The same names again (the answer for 兴望水 and then for 兴望水果): leave the list as it is, so a finger
          // already on a suggestion does not lose it to a list drawn anew underneath.
          var key = JSON.stringify(data.suggestions || []);
          if (key === box.getAttribute('data-shown') && !box.hidden) return;
          box.setAttribute('data-shown', key);
          box.textContent = '';
          (data.suggestions || []).forEach(function (s, i) {
            var li = document.createElement('li');
            li.setAttribute('role', 'option');
            li.id = box.id + '-' + i;
            var a = document.createElement('a');
            a.className = 'search-suggestion';
            a.textContent = s.text;
            a.href = s.url;
            a.setAttribute('data-kind', s.kind);
            li.appendChild(a);
            box.appendChild(li);
          });
          box.hidden = !box.firstChild;
          input.setAttribute('aria-expanded', box.hidden ? 'false' : 'true');
        })
        .catch(function () { close(); });
    }

    input.addEventListener('compositionstart', function () { composing = true; });
    input.addEventListener('compositionend', function () {
      composing = false;
      input.dispatchEvent(new Event('input'));
    });
    input.addEventListener('input', function (e) {
      if (composing || e.isComposing) return;
      window.clearTimeout(timer);
      timer = window.setTimeout(suggest, 120);
    });
    input.addEventListener('keydown', function (e) {
      var links = box.querySelectorAll('a');
      if (e.key === 'ArrowDown' && links.length) { e.preventDefault(); links[0].focus(); }
      if (e.key === 'Escape') close();
    });
    box.addEventListener('keydown', function (e) {
      var links = Array.prototype.slice.call(box.querySelectorAll('a'));
      var at = links.indexOf(document.activeElement);
      if (e.key === 'ArrowDown' && at < links.length - 1) { e.preventDefault(); links[at + 1].focus(); }
      if (e.key === 'ArrowUp') { e.preventDefault(); (at > 0 ? links[at - 1] : input).focus(); }
      if (e.key === 'Escape') { close(); input.focus(); }
    });
    if (input.form) input.form.addEventListener('submit', function () {
      window.clearTimeout(timer);
      asked++;
      if (inflight) inflight.abort();
      close();
    });
  }
})();
