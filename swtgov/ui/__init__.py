"""The window: the only package that imports PySide6.

The layers below it that the window needs to paint are imported here, before any
module of this package imports PySide6: once PySide6 is loaded, its import hook reads
the source of every module imported after it, looking for ``PySide6`` in the text
(``shibokensupport.feature``, PYSIDE-2029), which cost the window's start about 8 ms
for the 50 modules of swtgov and the standard library that it needs.
"""

import swtgov.domain.signals  # noqa: F401
import swtgov.services.governance  # noqa: F401
