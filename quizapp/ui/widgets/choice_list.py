"""The options of a multiple-choice question: 1–5 choose, Enter confirms."""

from __future__ import annotations

from textual.binding import Binding
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

CIRCLED = "①②③④⑤"


class ChoiceList(OptionList):
    """Options labelled ①–⑤. Posts :class:`AnswerChosen` once, when an answer is confirmed."""

    BINDINGS = [Binding(str(n), f"pick({n})", show=False) for n in range(1, 6)]

    class AnswerChosen(Message):
        def __init__(self, choice_list: ChoiceList, chosen: int) -> None:
            super().__init__()
            self.choice_list = choice_list
            self.chosen = chosen  # 1-based

        @property
        def control(self) -> ChoiceList:
            return self.choice_list

    def __init__(self, options: list[str], **kwargs) -> None:
        self.texts = options
        self.locked = False
        super().__init__(*self._render(), **kwargs)

    def _render(self, answer: int | None = None, chosen: int | None = None) -> list[Option]:
        rendered = []
        for index, text in enumerate(self.texts, start=1):
            mark = ""
            if answer is not None:
                if index == answer:
                    mark = "  ✔"
                elif index == chosen:
                    mark = "  ✘"
            rendered.append(Option(f"{CIRCLED[index - 1]} {text}{mark}", id=f"choice-{index}"))
        return rendered

    def on_mount(self) -> None:
        self.highlighted = None

    def set_choices(self, options: list[str]) -> None:
        """Show a new question's options, unanswered."""
        self.texts = options
        self.locked = False
        self.remove_class("answered")
        self.clear_options()
        self.add_options(self._render())
        self.highlighted = None

    def action_pick(self, number: int) -> None:
        if not self.locked and number <= len(self.texts):
            self.highlighted = number - 1

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if self.locked:
            return
        self.locked = True
        self.post_message(self.AnswerChosen(self, event.option_index + 1))

    def reveal(self, answer: int, chosen: int) -> None:
        """Show ✔ on the answer and ✘ on a wrong choice; no further answers are taken."""
        self.locked = True
        self.clear_options()
        self.add_options(self._render(answer, chosen))
        self.highlighted = chosen - 1
        self.add_class("answered")
