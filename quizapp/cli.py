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


@app.command()
def grade(
    ctx: typer.Context,
    task_id: Annotated[str, typer.Argument(help="드릴 id (예: dl.loss.mse)")],
    files: Annotated[list[Path], typer.Argument(help="채점할 .py 파일 (여러 개 가능)", exists=True, dir_okay=False)],
    as_json: Annotated[bool, typer.Option("--json", help="Exercism test-runner v3 형식 JSON으로 출력")] = False,
) -> None:
    """코딩 드릴 채점: 한 번 띄운 작업자로 파일 여러 개를 채점합니다. exit 0 모두 통과, 1 실패·오류, 2 사용법 오류."""
    import sys

    from quizapp.grading.judge import Grader, summary_line
    from quizapp.grading.registry import drill_index

    if task_id not in drill_index():
        known = ", ".join(sorted(drill_index())[:8])
        typer.echo(f"알 수 없는 드릴 id입니다: {task_id} (예: {known}, …)", err=True)
        raise typer.Exit(2)
    sources = []
    for path in files:
        try:
            sources.append((path, path.read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError) as exc:
            typer.echo(f"{path}: 읽을 수 없습니다 ({exc})", err=True)
            raise typer.Exit(2) from exc
    results = []
    with Grader() as grader:
        grader.start()
        for notice in grader.notices:
            typer.echo(notice, err=True)
        if len(sources) > 1 and sys.stderr.isatty():
            from rich.progress import Progress

            with Progress(transient=True) as progress:
                bar = progress.add_task("채점 중", total=len(sources))
                for path, source in sources:
                    results.append((path, grader.grade(task_id, source)))
                    progress.advance(bar)
        else:
            results = [(path, grader.grade(task_id, source)) for path, source in sources]
    if as_json:
        payload = [{"file": str(p), **r} for p, r in results]
        typer.echo(json.dumps(payload[0] if len(payload) == 1 else payload, ensure_ascii=False, indent=2))
    else:
        for path, result in results:
            typer.echo(f"{path}: {summary_line(result)}")
            if result["message"]:
                typer.echo("  " + result["message"].replace("\n", "\n  "))
            first = next((t for t in result["tests"] if t["status"] != "pass"), None)
            if first:
                typer.echo(f"  ✘ {first['name']}: " + (first["message"] or "").replace("\n", "\n    "))
    raise typer.Exit(0 if all(r["status"] == "pass" for _, r in results) else 1)


def main() -> None:
    app()
