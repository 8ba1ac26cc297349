import sys

from magplan.cli import main

sys.exit(main())
