from __future__ import annotations

from rich.markdown import Markdown as RichMarkdown
from textual.widgets import DataTable, Markdown, Static


def text_of(widget) -> str:
    """What a learner reads in a widget."""
    if isinstance(widget, Markdown):
        return widget.source
    if isinstance(widget, Static):
        content = widget.content
        return content.markup if isinstance(content, RichMarkdown) else str(content)
    raise TypeError(type(widget))


def table_rows(table: DataTable) -> dict[str, list[str]]:
    return {
        str(row_key.value): [str(cell) for cell in table.get_row(row_key)]
        for row_key in table.rows
    }


async def settle(app, pilot) -> None:
    await app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()
