"""One page per area. Each page has ``key`` (the area), ``title()``, ``refresh()``
and ``show_item(ref)``; :mod:`swtgov.ui.pages.catalog` lists them."""
