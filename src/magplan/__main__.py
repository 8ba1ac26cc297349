from magplan.cli import run

run()
