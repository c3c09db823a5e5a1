// Progressive enhancement for the portal (every form also works without it): file fields with thumbnails and camera
// photos that accumulate, contextual hints, the menu open on wide screens, the app's service worker.
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

  /** Once the last field of a group holds a file, a fresh empty one follows: several picks or photos accumulate. */
  function addFileField(form, gruppe) {
    var fields = form.querySelectorAll('.' + gruppe);
    if (form.querySelectorAll('.datei-feld, .kamera-feld').length >= 20) return;
    var last = fields[fields.length - 1];
    var input = last.querySelector('input[type=file]');
    if (!input.files || input.files.length === 0) return;
    var n = fields.length + 1;
    var prefix = input.id.replace(/\d+$/, '');
    var clone = last.cloneNode(true);
    var label = clone.querySelector('label');
    var field = clone.querySelector('input[type=file]');
    var preview = clone.querySelector('.vorschau');
    if (preview) preview.remove();
    var error = clone.querySelector('.kern-error');
    if (error) error.remove();
    label.textContent = (label.getAttribute('data-basis') || label.textContent.replace(/\s*\d+$/, '')) + ' ' + n;
    label.setAttribute('for', prefix + n);
    field.id = prefix + n;
    field.name = prefix + n;
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
      addFileField(target.form, target.closest('.kamera-feld') ? 'kamera-feld' : 'datei-feld');
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
    // The installable app (client pages link a manifest): its service worker caches only static files.
    if (document.querySelector('link[rel=manifest]') && navigator.serviceWorker) {
      navigator.serviceWorker.register('/sw.js').catch(function () {});
    }
  });
})();
