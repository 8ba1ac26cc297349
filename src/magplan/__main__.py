from magplan.cli import main
import sys

sys.exit(main())
