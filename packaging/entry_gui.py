"""Entry script of the bundle's GUI executable (`pestdossier`): see pestdossier.spec.

ui.launch checks the system libraries and the display before Qt is imported, restores the
system's environment for child processes, and dispatches `--self-test` (which names a
missing library too) before anything else of the app starts.
"""

import sys

if __name__ == "__main__":
    from ui.launch import main

    sys.exit(main())
