"""Entry script of the bundle's command-line executable (`pestdossier-cli`)."""

import sys

if __name__ == "__main__":
    from app.cli.main import main

    sys.exit(main())
