// Search as you type on /search/: asks GET /api/search and shows the hits in place.
// Progressive enhancement only: without this file the form's plain GET gets the API's results page.
(function () {
  'use strict';
  var form = document.getElementById('search-form');
  var list = document.getElementById('search-results');
  var status = document.getElementById('search-status');
  var pager = document.getElementById('search-pager');
  // Above the count or 没有找到…: the boxes that answer the words themselves (an officer, a page of the site, a withdrawn
  // decision), read first as on the no-JavaScript page. A shopkeeper checking an inspector read 没有找到 before the officer.
  var boxes = document.getElementById('search-boxes');
  if (!form || !list || !status || !boxes || !document.getElementById('search-note') || !window.fetch || !window.URLSearchParams) return;

  // data-api is the site's apiUrl ("/api", or an absolute URL ending in /api), as the correction form uses it.
  var api = ((form.getAttribute('data-api') || '/api').replace(/\/+$/, '') || '/api') + '/search';
  var note = document.getElementById('search-note');
  var input = form.elements.namedItem('q');
  var fields = ['q', 'kind', 'body', 'category', 'year', 'penalty', 'sort'];
  var page = 1;
  var pastLastPage = 0;
  var timer = 0;
  var inflight = null;
  // The answer last drawn. The same answer again (typing paused long enough to search, then 搜索 was pressed) is not
  // drawn anew: a result being tapped would be replaced under the finger and the tap lost.
  var shown = '';

  function params() {
    var p = new URLSearchParams();
    fields.forEach(function (name) {
      var el = form.elements.namedItem(name);
      if (el && el.value && !(name === 'sort' && el.value === 'relevance')) p.set(name, el.value.trim());
    });
    if (page > 1) p.set('page', String(page));
    return p;
  }

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text != null) e.textContent = text;
    return e;
  }

  // The API escapes the snippet and marks matches with <mark>; keep only text and <mark>, whatever arrives.
  function snippet(html) {
    var p = el('p', 'search-hit-snippet');
    var t = document.createElement('template');
    t.innerHTML = html || '';
    t.content.childNodes.forEach(function (n) {
      if (n.nodeType === 3) p.appendChild(document.createTextNode(n.textContent));
      else if (n.nodeName === 'MARK') p.appendChild(el('mark', null, n.textContent));
      else p.appendChild(document.createTextNode(n.textContent || ''));
    });
    return p;
  }

  function date(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
    return m ? m[1] + '年' + Number(m[2]) + '月' + Number(m[3]) + '日' : iso;
  }

  // The query in quotes; one typed in quotes already keeps its own (SearchWording.Quoted), not ““…””.
  function quoted(q) {
    return q.length >= 2 && '“"「『\'‘'.indexOf(q[0]) >= 0 && '”"」』\'’'.indexOf(q[q.length - 1]) >= 0 ? q : '“' + q + '”';
  }

  // The same words without the quotes typed round them are offered as such, not as a correction that reads the
  // same (SearchWording.DidYouMeanLead).
  function didYouMeanLead(q, suggestion) {
    return /[“”"「」『』]/.test(q) && q.replace(/[“”"「」『』]/g, '').trim() === suggestion ? '没有完全一致的结果，去掉引号再搜：' : '您是不是要找 ';
  }

  // A box above the results, as the API's page draws them (ServiceLinksBox, WithdrawnDecisionBox, OfficerMatchesBox).
  function box(className, heading) {
    var section = el('section', className);
    section.setAttribute('aria-label', heading);
    section.appendChild(el('h2', null, heading));
    return section;
  }

  // A list item that starts with a link.
  function linkItem(text, href) {
    var li = el('li');
    var a = el('a', null, text);
    a.href = href;
    li.appendChild(a);
    return li;
  }

  // Above the count: the 办事直达, withdrawn decision's and officers' boxes. Below it: 您是不是要找 …, and the label over relaxed
  // results, so nobody takes them for exact matches.
  function explain(data, q) {
    boxes.textContent = '';
    note.textContent = '';
    // A page of the site the words ask for (查执法证, 信息有误, 复议).
    if (data.services && data.services.length) {
      var services = box('search-services', '办事直达');
      var links = el('ul');
      data.services.forEach(function (s) { links.appendChild(linkItem(s.title, s.url)); });
      services.appendChild(links);
      boxes.appendChild(services);
    }
    // A withdrawn decision's 文书号: it came down, and its notice says why (WithdrawnDecisionBox).
    if (data.withdrawn) {
      var withdrawn = box('search-withdrawn', '已撤下的处罚决定');
      var line = el('p', null, '文书号为 ');
      line.appendChild(el('strong', null, data.withdrawn.number));
      line.appendChild(document.createTextNode(' 的行政处罚决定已于 '));
      var since = el('time', null, date(data.withdrawn.since));
      since.dateTime = data.withdrawn.since;
      line.appendChild(since);
      line.appendChild(document.createTextNode(' 停止公示。'));
      var why = el('a', null, '查看停止公示的说明');
      why.href = data.withdrawn.url;
      line.appendChild(why);
      withdrawn.appendChild(line);
      boxes.appendChild(withdrawn);
    }
    // An officer's name or 执法证号, typed by someone checking who inspected them.
    if (data.officers && data.officers.length) {
      // None named so: officers whose names sound like the query (a name heard, not read).
      var alike = data.officers.every(function (o) { return o.soundsAlike; });
      var officers = box('search-officers', alike ? '读音相同的执法人员' : '执法人员');
      if (alike) officers.appendChild(el('p', null, '没有姓名为' + quoted(q) + '的执法人员。以下执法人员的姓名读音相同，请核对执法证号：'));
      var ul = el('ul');
      data.officers.forEach(function (o) {
        var li = linkItem(o.name, o.url);
        li.appendChild(document.createTextNode('：执法证号 ' + o.certificate + '，' + o.body + '，执法证状态：' + o.standing));
        if (o.advice) {
          var warning = el('strong', 'search-officer-warning', o.advice + ' ');
          var call = el('a', null, o.phone);
          call.href = o.tel;
          warning.appendChild(call);
          li.appendChild(warning);
        }
        ul.appendChild(li);
      });
      officers.appendChild(ul);
      boxes.appendChild(officers);
    }
    if (data.relaxed) {
      var dropped = data.dropped && data.dropped.length ? '（未使用：' + data.dropped.join('、') + '）' : '';
      note.appendChild(el('p', 'search-message search-relaxed', '没有与' + quoted(q) + '完全一致的结果。以下是放宽条件后找到的结果' + dropped + '，可能与您要找的不完全相符。'));
    }
    // 罚款最多的, 最近的处罚: the words asked for an order, not for themselves.
    var sort = form.elements.namedItem('sort');
    if (data.sort === 'amount' && (!sort || sort.value !== 'amount')) note.appendChild(el('p', 'search-message search-sorted', '已按罚没金额从多到少排列。'));
    if (data.sort === 'amount-asc' && (!sort || sort.value !== 'amount-asc')) note.appendChild(el('p', 'search-message search-sorted', '已按罚没金额从少到多排列（只列有罚没金额的）。'));
    if (data.sort === 'date' && (!sort || sort.value !== 'date')) note.appendChild(el('p', 'search-message search-sorted', '已按公示日期从新到旧排列。'));
    if (data.didYouMean) {
      var p = el('p', 'search-did-you-mean', didYouMeanLead(q, data.didYouMean.q));
      var a = el('a', null, data.didYouMean.q);
      a.href = data.didYouMean.url;
      a.addEventListener('click', function (e) {
        e.preventDefault();
        input.value = data.didYouMean.q;
        page = 1;
        search('push');
      });
      p.appendChild(a);
      p.appendChild(document.createTextNode('？'));
      note.appendChild(p);
    }
  }

  // What the count names, as the no-JavaScript page does (SearchWording.KindNoun).
  function noun() {
    var kind = form.elements.namedItem('kind');
    var value = kind ? kind.value : '';
    return value === 'decision' ? '处罚决定' : value === 'inspection' ? '双随机抽查结果' : '结果';
  }

  function render(data, q) {
    list.textContent = '';
    var about = (q ? '与' + quoted(q) + '有关的' : '') + noun();
    explain(data, q);
    if (!data.total) {
      // Under an officer's, a service's or a withdrawn decision's box, 结果 read as if the box were none (SearchWording.NothingFoundNoun).
      var answered = data.officers && data.officers.length || data.services && data.services.length || !!data.withdrawn;
      if (answered && noun() === '结果')
        about = (q ? '与' + quoted(q) + '有关的' : '') + '处罚决定或双随机抽查结果';
      // When a box answered, "change your words" would say the search failed.
      // Fewer filters only when some are set (SearchWording.NothingFoundHint).
      var filtered = ['kind', 'body', 'category', 'year', 'penalty'].some(function (name) {
        var field = form.elements.namedItem(name);
        return field && field.value;
      });
      // data.hint: a person's name, published as 王某某, or a 文书号 not public (SearchWording.Hint).
      status.textContent = '没有找到' + about + '。' + (answered ? ''
        : filtered ? '请换个关键词，或减少筛选条件。' : data.hint || '请换个说法，如企业名称、违法行为（过期食品、无证经营）或文书号。');
      pager.hidden = true;
      return;
    }
    var pages = Math.ceil(data.total / data.size);
    // A page past the last (an old link, a number typed into the address): show the last, and say so
    // (SearchWording.PastLastPage).
    if (!data.hits.length && data.page > pages) {
      pastLastPage = data.page;
      page = Math.min(pages, 100);
      search('replace');
      return;
    }
    status.textContent = (pastLastPage ? '没有第 ' + pastLastPage + ' 页，下面是最后一页。' : '') + '找到 ' + data.total + ' 条' + about + (pages > 1 ? '，第 ' + data.page + ' 页，共 ' + pages + ' 页' : '') + '。'
      + (pages > 100 ? '可翻看前 100 页；要找的不在其中时，请加关键词或筛选条件缩小范围。' : '');
    pastLastPage = 0;
    // Numbered on from the page before (11 on page 2), as the no-JavaScript page numbers them.
    list.start = (data.page - 1) * data.size + 1;
    data.hits.forEach(function (hit) {
      var li = el('li', 'search-hit');
      var h2 = el('h2');
      var a = el('a', null, hit.title);
      a.href = hit.url;
      h2.appendChild(a);
      var meta = el('p', 'search-hit-meta');
      // A 双随机 result has no 文书号: say what it is instead (as the no-JavaScript page does).
      if (hit.kind === 'inspection') meta.appendChild(el('span', 'search-hit-kind', '双随机抽查结果'));
      else if (hit.number) meta.appendChild(el('span', 'search-hit-number', hit.number));
      if (meta.firstChild) meta.appendChild(document.createTextNode(' · '));
      meta.appendChild(el('span', 'search-hit-body', hit.body));
      meta.appendChild(document.createTextNode(' · '));
      var time = el('time', null, date(hit.published) + '公示');
      time.dateTime = hit.published;
      meta.appendChild(time);
      li.appendChild(h2);
      li.appendChild(meta);
      if (hit.penalty) li.appendChild(el('p', 'search-hit-penalty', '处罚：' + hit.penalty));
      li.appendChild(snippet(hit.snippet));
      list.appendChild(li);
    });
    pager.hidden = pages <= 1;
    document.getElementById('search-prev').disabled = data.page <= 1;
    document.getElementById('search-next').disabled = data.page >= Math.min(pages, 100);
  }

  // how: 'push' (a new search or page), 'type' (the words as they are typed), 'replace', or nothing when the address
  // already names this search (Back, Forward).
  function search(how) {
    var p = params();
    var q = p.get('q') || '';
    if (inflight) inflight.abort();
    if (!q && p.toString() === '') {
      nothingShown('');
      return;
    }
    // A pasted text longer than the box takes (a /search/?q= link can carry one) is answered here, not by a request
    // the server refuses for its length.
    if (q.length > maxLength) {
      nothingShown(tooLong(q));
      return;
    }
    inflight = window.AbortController ? new AbortController() : null;
    var was = status.textContent;
    status.textContent = '正在搜索…';
    fetch(api + '?' + p.toString(), { signal: inflight ? inflight.signal : undefined, headers: { Accept: 'application/json' } })
      .then(function (r) {
        return r.json().catch(function () { return {}; }).then(function (body) { return { ok: r.ok, status: r.status, body: body }; });
      })
      .then(function (r) {
        if (r.ok) {
          var key = p.toString() + '\n' + JSON.stringify(r.body);
          if (key === shown) {
            status.textContent = was;
            // 搜索 pressed on the words as typed: they are a search of their own now, not changed by further typing.
            if (how === 'push') typing = false;
            return;
          }
          shown = key;
          remember(p, how);
          render(r.body, q);
          return;
        }
        if (r.status === 429) {
          // Too many searches from this address: say so and when to try again, not that search is down.
          nothingShown(r.body.detail || '您查询得太频繁了，请稍后再试。');
        } else if (r.status === 400 || r.status === 414) {
          // The messages name the parameter for scripts (搜索词（参数 q）太长); a person needs only what to change.
          nothingShown(r.status === 414 ? tooLong(q) : (r.body.detail || '请修改搜索条件。').replace(/（参数 [a-z]+）/g, ''));
        } else {
          throw new Error(String(r.status));
        }
      })
      .catch(function (e) {
        if (e && e.name === 'AbortError') return;
        nothingShown('搜索暂时不可用，请稍后再试。');
      });
  }

  // Whether the current entry in the browser's history holds words as they were typed.
  var typing = false;

  // A new search or page is a new entry in the browser's history, so that Back returns to the results before it (it
  // left the search for the page before it); the words as they are typed share one entry. The first search (its
  // address put in the usual form) and a page past the last put right replace the entry that asked for them.
  function remember(p, how) {
    if (!how || !window.history || !history.pushState) return;
    var same = new URLSearchParams(window.location.search).toString() === p.toString();
    var push = !same && (how === 'push' || how === 'type' && !typing);
    history[push ? 'pushState' : 'replaceState'](null, '', '?' + p.toString());
    typing = how === 'type';
  }

  // No results on the page (nor boxes or notes about them), and a word in their place; the next answer is drawn whatever it is.
  function nothingShown(message) {
    shown = '';
    boxes.textContent = '';
    note.textContent = '';
    list.textContent = '';
    pager.hidden = true;
    status.textContent = message;
  }

  // UserQuery.MaxLength.
  var maxLength = 200;

  function tooLong(q) {
    return '搜索词太长：最多 ' + maxLength + ' 个字，现有 ' + q.length + ' 个。请只输入企业名称、违法行为等关键词。';
  }

  function soon(how) {
    window.clearTimeout(timer);
    page = 1;
    timer = window.setTimeout(function () { search(how); }, 250);
  }

  // Suggestions as you type are assets/suggest.js's. While a pinyin input method is composing, the box holds
  // letters nobody means to search for: wait for the characters.
  var composing = false;
  input.addEventListener('compositionstart', function () { composing = true; });
  input.addEventListener('compositionend', function () { composing = false; soon('type'); });

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    window.clearTimeout(timer);
    page = 1;
    search('push');
  });
  form.elements.namedItem('q').addEventListener('input', function (e) { if (!composing && !e.isComposing) soon('type'); });
  fields.slice(1).forEach(function (name) {
    var select = form.elements.namedItem(name);
    if (select) select.addEventListener('change', function () { soon('push'); });
  });
  document.getElementById('search-prev').addEventListener('click', function () { page = Math.max(1, page - 1); search('push'); });
  document.getElementById('search-next').addEventListener('click', function () { page += 1; search('push'); });

  var more = form.querySelector('.search-more');

  // Every box shows the search the address names, a box the address leaves out its default: the browser restores the
  // boxes as last set when Back returns here, and a 年份 2024 over results of any year was added to the next search unseen.
  function fromAddress() {
    var asked = new URLSearchParams(window.location.search);
    fields.forEach(function (name) {
      var field = form.elements.namedItem(name);
      if (field) field.value = asked.get(name) || (name === 'sort' ? 'relevance' : '');
    });
    page = Math.max(1, parseInt(asked.get('page') || '1', 10) || 1);
    // The filters stay folded on a phone, so the first results are on the first screen; open when the address chose some.
    var chosen = params();
    chosen.delete('q');
    chosen.delete('page');
    if (more && chosen.toString()) more.open = true;
    return asked;
  }

  // A shared link such as /search/?q=… (served here by a local preview) runs at once.
  var initial = fromAddress();
  // Open where there is room.
  if (more && window.matchMedia('(min-width: 48rem)').matches) more.open = true;
  if (initial.toString()) search('replace');

  // Back or Forward to another search made here: the boxes and the results are the ones its address names.
  window.addEventListener('popstate', function () {
    window.clearTimeout(timer);
    typing = false;
    fromAddress();
    search();
  });
})();
