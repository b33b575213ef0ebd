"""The `rasd` command line: thin Typer commands over the library.

Each command group lives in its own module under `rasd.commands` and adds
itself to `app` in `register(app)`; this file only lists them.  A command
parses arguments, calls library functions and prints: no logic lives here.
"""
from __future__ import annotations

import importlib

import typer

app = typer.Typer(
    name="rasd",
    help="rasd (رصد): Arabic conflict reports in, geocoded, evidence-linked event records out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
)



@app.callback()
def _root() -> None:
    """rasd (رصد): Arabic conflict reports in, geocoded, evidence-linked event records out."""


#: command modules under rasd.commands, each with a `register(app)` function
COMMAND_MODULES = [
    "extract",
    "gazetteer",
    "store",
    "watch",
    "web",
    "eval",
]

for _name in COMMAND_MODULES:
    importlib.import_module(f"rasd.commands.{_name}").register(app)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
