"""Command line: ``quizapp`` starts the TUI; sub-commands for scripts (see DESIGN.md).

Exit codes: 0 success, 1 problems found (or failures), 2 usage error (Typer/Click's own).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer

from quizapp.i18n import Translator

app = typer.Typer(
    add_completion=False,
    no_args_is_help=False,
    help="빅데이터분석기사 학습 앱. 인자 없이 실행하면 TUI가 열립니다. (Big Data Analysis Engineer prep.)",
)
bank_app = typer.Typer(help="문제은행 정보 (question bank info)")
app.add_typer(bank_app, name="bank")

DbOption = Annotated[
    Optional[str],
    typer.Option("--db", help="SQLAlchemy URL (기본: 데이터 폴더의 SQLite). e.g. sqlite:///my.db"),
]
BankOption = Annotated[
    Optional[Path],
    typer.Option(
        "--bank",
        help="사용자 문제은행 폴더 (기본: 데이터 폴더의 bank/). Your own YAML items, loaded beside the shipped bank.",
        file_okay=False,
    ),
]
LangOption = Annotated[Optional[str], typer.Option("--lang", help="ko | en")]


@app.callback(invoke_without_command=True)
def main_callback(
    ctx: typer.Context,
    db: DbOption = None,
    bank: BankOption = None,
    lang: LangOption = None,
) -> None:
    if lang is not None and lang not in ("ko", "en"):
        raise typer.BadParameter("ko 또는 en (ko or en)", param_hint="--lang")
    ctx.obj = {"db": db, "bank": bank, "lang": lang}
    if ctx.invoked_subcommand is None:
        from quizapp.ui.app import make_app

        make_app(db_url=db, user_bank=bank, lang=lang).run()


def _load(bank_dir: Path | None):
    from quizapp.bank import default_sources, load_bank

    return load_bank(default_sources(bank_dir))


@app.command()
def validate(ctx: typer.Context, bank: BankOption = None) -> None:
    """문제은행 검사: 문제가 없으면 exit 0, 있으면 `파일:줄: 필드: 메시지` 한 줄씩 출력하고 exit 1."""
    from quizapp.bank.calccheck import calculation_problems
    from quizapp.bank.drillcheck import drill_problems
    from quizapp.bank.quality import bank_problems

    t = Translator((ctx.obj or {}).get("lang") or "ko")
    loaded = _load(bank or (ctx.obj or {}).get("bank"))
    shipped = set(loaded.items) - set(loaded.user_item_ids)
    problems = [*loaded.problems, *bank_problems(loaded, shipped_ids=shipped), *calculation_problems(loaded), *drill_problems(loaded)]
    if problems:
        for problem in sorted(problems):
            typer.echo(str(problem))
        typer.echo(t("cli.problems", count=len(problems)), err=True)
        raise typer.Exit(1)
    typer.echo(t("cli.valid", count=len(loaded.items)))


@bank_app.command("stats")
def bank_stats(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="JSON으로 출력")] = False,
    bank: BankOption = None,
) -> None:
    """문항 수: 종류별, 과목별, 세부항목별 (counts by kind, subject and topic)."""
    from quizapp.bank.stats import bank_stats as compute, format_stats

    loaded = _load(bank or (ctx.obj or {}).get("bank"))
    stats = compute(loaded)
    if as_json:
        typer.echo(json.dumps(stats, ensure_ascii=False, indent=2))
    else:
        typer.echo(format_stats(stats))


def main() -> None:
    app()
