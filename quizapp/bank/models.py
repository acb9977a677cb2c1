"""Validated shapes of the question bank (pydantic v2).

Validation is strict (a ``"2"`` is not a difficulty) and runs with a ``context`` holding the
taxonomy, so an unknown or misplaced topic is reported on the ``topic`` field like any other
error.
"""

from __future__ import annotations

import functools

from typing import Annotated, Any, Literal, Union

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    TypeAdapter,
    ValidationInfo,
    field_validator,
    model_validator,
)

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
ItemId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9._-]*$", max_length=120)]
TopicKey = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$")]


class _Strict(BaseModel):
    # defer_build: validators are built on first validation, not at import. The TUI only unpickles
    # cached items, so it never pays for them (memory budget, DESIGN.md).
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True, defer_build=True)


# --- taxonomy -------------------------------------------------------------------------------
class Topic(_Strict):
    key: TopicKey
    ko: Text
    en: Text


class Area(_Strict):
    ko: Text
    en: Text
    topics: list[Topic] = Field(min_length=1)


class Subject(_Strict):
    id: int = Field(ge=1, le=4)
    ko: Text
    en: Text
    areas: list[Area] = Field(min_length=1)


class Taxonomy(_Strict):
    subjects: list[Subject] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_keys(self) -> Taxonomy:
        seen: set[str] = set()
        for subject in self.subjects:
            for area in subject.areas:
                for topic in area.topics:
                    if topic.key in seen:
                        raise ValueError(f"세부항목 key '{topic.key}'가 두 번 나옵니다")
                    seen.add(topic.key)
        return self

    def topic_subject(self) -> dict[str, int]:
        """Map each 세부항목 key to its subject number."""
        return {
            topic.key: subject.id
            for subject in self.subjects
            for area in subject.areas
            for topic in area.topics
        }

    def topics_of(self, subject_id: int) -> list[Topic]:
        return [
            topic
            for subject in self.subjects
            if subject.id == subject_id
            for area in subject.areas
            for topic in area.topics
        ]

    def subject(self, subject_id: int) -> Subject:
        return next(s for s in self.subjects if s.id == subject_id)

    def topic(self, key: str) -> Topic:
        return next(
            t for s in self.subjects for a in s.areas for t in a.topics if t.key == key
        )


# --- items ----------------------------------------------------------------------------------
class _ItemBase(_Strict):
    id: ItemId
    subject: int = Field(ge=1, le=4)
    topic: TopicKey
    difficulty: int = Field(ge=1, le=3)
    tags: list[str] = Field(default_factory=list)

    @field_validator("topic")
    @classmethod
    def _known_topic(cls, value: str, info: ValidationInfo) -> str:
        topics = (info.context or {}).get("topic_subject")
        if topics is None:
            return value
        if value not in topics:
            raise ValueError(f"taxonomy.yaml에 없는 세부항목입니다: '{value}'")
        subject = info.data.get("subject")
        if subject is not None and topics[value] != subject:
            raise ValueError(
                f"세부항목 '{value}'은 {topics[value]}과목 소속인데 subject가 {subject}입니다"
            )
        return value


class Option(_Strict):
    text: Text
    why: Text | None = None


class Calc(_Strict):
    """Inputs of a calculation question, recomputed by ``solvers.calc.<fn>`` when validating.

    The keyed option must show the result (to the decimals it prints) and no other option may.
    ``scale`` multiplies the result (100 for options in percent); ``tol`` overrides the
    tolerance implied by the printed decimals; ``unstated`` names inputs the stem need not show.
    """

    fn: Annotated[str, StringConstraints(pattern=r"^[a-z_][a-z0-9_]*$")]
    inputs: dict[str, Any] = Field(default_factory=dict)
    scale: Annotated[float, Field(strict=False, gt=0)] = 1.0
    tol: Annotated[float, Field(strict=False, gt=0)] | None = None
    unstated: list[str] = Field(default_factory=list)


class MultipleChoice(_ItemBase):
    kind: Literal["mcq"]
    stem: Text
    options: list[Option] = Field(min_length=2, max_length=5)
    answer: int
    explanation: Text
    calc: Calc | None = None

    @field_validator("options", mode="before")
    @classmethod
    def _plain_strings(cls, value: Any) -> Any:
        if isinstance(value, list):
            return [{"text": v} if isinstance(v, str) else v for v in value]
        return value

    @field_validator("options")
    @classmethod
    def _distinct_options(cls, value: list[Option]) -> list[Option]:
        texts = [o.text for o in value]
        if len(set(texts)) != len(texts):
            raise ValueError("같은 보기가 두 번 들어 있습니다")
        return value

    @field_validator("answer", mode="before")
    @classmethod
    def _single_answer(cls, value: Any) -> Any:
        if isinstance(value, list):
            raise ValueError("정답은 보기 번호 하나여야 합니다 (여러 개를 적을 수 없음)")
        return value

    @field_validator("answer")
    @classmethod
    def _answer_is_an_option(cls, value: int, info: ValidationInfo) -> int:
        options = info.data.get("options")
        if options is not None and not 1 <= value <= len(options):
            raise ValueError(f"정답 {value}번은 보기에 없습니다 (보기는 1–{len(options)}번)")
        return value

    @property
    def correct_index(self) -> int:
        """0-based index of the right option."""
        return self.answer - 1


class Flashcard(_ItemBase):
    kind: Literal["flashcard"]
    front: Text
    back: Text


class CodeDrill(_ItemBase):
    """A coding drill: the learner writes ``function``; ``solvers/drills`` holds the reference,
    the cases and how results are compared (same ``id``)."""

    kind: Literal["code"]
    prompt: Text
    function: Annotated[str, StringConstraints(pattern=r"^[A-Za-z_][A-Za-z0-9_]*$")]
    starter: str
    hints: list[Text] = Field(min_length=2, max_length=3)


class PracticalTask(_ItemBase):
    """A 실기 task; refined by the practical-exam issue."""

    kind: Literal["practical"]
    task_type: int = Field(ge=1, le=3)
    instructions: Text


Item = Annotated[
    Union[MultipleChoice, Flashcard, CodeDrill, PracticalTask], Field(discriminator="kind")
]


@functools.cache
def item_adapter() -> TypeAdapter[Item]:
    """The validator of any item kind, built on first use."""
    return TypeAdapter(Item)

ITEM_KINDS = ("mcq", "flashcard", "code", "practical")
