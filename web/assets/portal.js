// Progressive enhancement for the portal (every form also works without it): file fields with thumbnails, contextual hints, the menu open on wide screens.
(function () {
  'use strict';

  function thumbnail(input) {
    var box = input.parentElement.querySelector('.vorschau');
    if (!box) {
      box = document.createElement('div');
      box.className = 'vorschau';
      input.parentElement.appendChild(box);
    }
    box.textContent = '';
    Array.prototype.forEach.call(input.files || [], function (file) {
      var figure = document.createElement('figure');
      if (/^image\/(jpeg|png|webp|gif)$/.test(file.type)) {
        var img = document.createElement('img');
        img.src = URL.createObjectURL(file);
        img.alt = '';
        figure.appendChild(img);
      }
      var caption = document.createElement('figcaption');
      caption.textContent = file.name;
      figure.appendChild(caption);
      box.appendChild(figure);
    });
  }

  function addFileField(form) {
    var fields = form.querySelectorAll('.datei-feld');
    if (fields.length >= 20) return;
    var last = fields[fields.length - 1];
    var input = last.querySelector('input[type=file]');
    if (!input.files || input.files.length === 0) return;
    var n = fields.length + 1;
    var clone = last.cloneNode(true);
    var label = clone.querySelector('label');
    var field = clone.querySelector('input[type=file]');
    var preview = clone.querySelector('.vorschau');
    if (preview) preview.remove();
    var error = clone.querySelector('.feld-fehler');
    if (error) error.remove();
    label.textContent = label.textContent.replace(/\d+$/, String(n));
    label.setAttribute('for', 'datei' + n);
    field.id = 'datei' + n;
    field.name = 'datei' + n;
    field.value = '';
    field.required = false;
    field.removeAttribute('aria-invalid');
    field.setAttribute(
      'aria-describedby',
      (field.getAttribute('aria-describedby') || '')
        .split(' ')
        .filter(function (id) {
          return id && !/-fehler$/.test(id);
        })
        .join(' '),
    );
    last.parentElement.appendChild(clone);
  }

  document.addEventListener('change', function (event) {
    var target = event.target;
    if (target.matches && target.matches('form[data-mehrere-dateien] input[type=file]')) {
      thumbnail(target);
      addFileField(target.form);
    }
    if (target.matches && target.matches('select[name=dokumentart]')) showHints(target);
  });

  function showHints(select) {
    document.querySelectorAll('[data-zeige-bei]').forEach(function (hint) {
      hint.hidden = hint.getAttribute('data-zeige-bei') !== select.value;
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var select = document.querySelector('select[name=dokumentart]');
    if (select) showHints(select);
    document.querySelectorAll('[data-drucken]').forEach(function (button) {
      button.hidden = false;
      button.addEventListener('click', function () {
        window.print();
      });
    });
    var breit = window.matchMedia('(min-width: 48rem)');
    var menues = document.querySelectorAll('details[data-menue]');
    function menueOeffnen() {
      menues.forEach(function (menue) {
        menue.open = breit.matches;
      });
    }
    menueOeffnen();
    breit.addEventListener('change', menueOeffnen);
    var summary = document.querySelector('.fehler-zusammenfassung');
    if (summary) summary.focus();
  });
})();
