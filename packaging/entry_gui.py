"""Entry script of the bundle's GUI executable (`pestdossier`): see pestdossier.spec.

`--self-test` is dispatched here as well as in ui/main.py, so a bundle can always be
smoke-tested, whatever else start-up does.
"""

import sys

if __name__ == "__main__":
    if "--self-test" in sys.argv[1:]:
        from ui.shell.selftest_qt import main_selftest

        sys.exit(main_selftest(sys.argv))
    from ui.main import main

    sys.exit(main())
