// The rating form (api/Feedback/Pages/RatingForm.razor, served by the API on the card's page): progressive
// enhancement only. The form works without this file, and the server's count decides (RatingValidator, CharacterCount.Of).
// Here we count the 补充说明 as it is typed (已输入 12/500 字), as the server counts: one per character a person sees
// (an emoji, 𠀀, a letter with its accent), not per UTF-16 unit as the textarea's maxlength does. Going over the limit
// is said beside the box and, once per crossing, to screen readers.
(function () {
  'use strict';

  var box = document.getElementById('comment');
  var max = box ? parseInt(box.getAttribute('data-max-chars'), 10) : NaN;
  if (!box || !(max > 0) || !Array.from) return;

  // Intl.Segmenter splits as .NET's StringInfo does (Unicode's grapheme clusters); without it, code points come close.
  var graphemes = window.Intl && Intl.Segmenter ? new Intl.Segmenter('zh', { granularity: 'grapheme' }) : null;

  function count(text) {
    text = text.replace(/\r\n/g, '\n');
    return graphemes ? Array.from(graphemes.segment(text)).length : Array.from(text).length;
  }

  var shown = document.createElement('span');
  shown.id = 'comment-count';
  shown.className = 'hint char-count';
  // Read with the box when it is focused; the live region below speaks only when the limit is crossed, not per key.
  var announced = document.createElement('span');
  announced.id = 'comment-count-status';
  announced.className = 'visually-hidden';
  announced.setAttribute('aria-live', 'polite');
  box.parentNode.insertBefore(announced, box.nextSibling);
  box.parentNode.insertBefore(shown, box.nextSibling);
  box.setAttribute('aria-describedby', ((box.getAttribute('aria-describedby') || '') + ' comment-count').trim());

  // The box's maxlength (twice the limit, in UTF-16 units) cuts a longer paste without a word: once the box is full,
  // say that what went past it was left out, so that the end is checked rather than sent cut short.
  var room = box.maxLength;
  var wasOver = false, wasFull = false;
  function update() {
    var n = count(box.value);
    var over = n > max;
    var full = room > 0 && box.value.length >= room;
    var cut = full ? '输入框已满，超出的部分（如粘贴内容的末尾）没有填入，请核对。' : '';
    shown.textContent = '已输入 ' + n + '/' + max + ' 字' + (over ? '，超出 ' + (n - max) + ' 字，请删减后再提交。' : '') + cut;
    shown.classList.toggle('char-count--over', over);
    if (over !== wasOver || full !== wasFull) {
      announced.textContent = over
        ? '补充说明已超出 ' + max + ' 字（现有 ' + n + ' 字），请删减后再提交。' + cut
        : '补充说明已在 ' + max + ' 字以内。';
      wasOver = over;
      wasFull = full;
    }
  }

  box.addEventListener('input', update);
  update();
})();
