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
practical_app = typer.Typer(help="실기(작업형 1·2·3) 과제: 목록, 준비, 채점 (practical exam tasks)")
app.add_typer(practical_app, name="practical")
export_app = typer.Typer(help="내보내기 (export)")
app.add_typer(export_app, name="export")
import_app = typer.Typer(help="가져오기 (import)")
app.add_typer(import_app, name="import")


@export_app.command("anki")
def export_anki(ctx: typer.Context, file: Annotated[Path, typer.Argument(help="만들 .apkg 파일")]) -> None:
    """플래시카드와 객관식 문항을 과목·세부항목 태그가 붙은 Anki 덱(.apkg)으로 저장합니다."""
    from quizapp.interop import export_anki as write

    if file.suffix != ".apkg":
        typer.echo("파일 이름은 .apkg로 끝나야 합니다.", err=True)
        raise typer.Exit(2)
    cards, questions = write(_load((ctx.obj or {}).get("bank")), file)
    typer.echo(f"{file}: 플래시카드 {cards}장, 객관식 {questions}문항")


@import_app.command("csv")
def import_csv(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(help="front,back,topic 열의 CSV", exists=True, dir_okay=False)],
) -> None:
    """내 플래시카드(front, back, topic)를 사용자 문제은행으로 가져옵니다. 잘못된 줄은 줄 번호와 함께 알려 주고 나머지는 가져옵니다."""
    from quizapp.interop import import_csv as read
    from quizapp.paths import user_bank_dir

    target = (ctx.obj or {}).get("bank") or user_bank_dir()
    report = read(file, _load(target), Path(target))
    for problem in report.problems:
        typer.echo(problem, err=True)
    typer.echo(f"{report.imported}장을 가져왔습니다 → {report.written}")
    raise typer.Exit(1 if report.problems else 0)

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
    from quizapp.practical.spec import load_tasks

    problems = [*loaded.problems, *bank_problems(loaded, shipped_ids=shipped), *calculation_problems(loaded),
                *drill_problems(loaded), *load_tasks()[1]]
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


TYPE_NAMES = {1: "작업형1", 2: "작업형2", 3: "작업형3"}


def _task_or_exit(task_id: str):
    from quizapp.practical.spec import load_tasks

    tasks, _ = load_tasks()
    if task_id not in tasks:
        typer.echo(f"알 수 없는 실기 과제입니다: {task_id} (quizapp practical list로 목록을 보세요)", err=True)
        raise typer.Exit(2)
    return tasks[task_id]


@practical_app.command("list")
def practical_list(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """실기 과제 목록."""
    from quizapp.practical.spec import load_tasks

    tasks, _ = load_tasks()
    if as_json:
        rows = [{"id": t.id, "type": t.spec.type, "title": t.spec.title, "points": t.spec.max_points,
                 "metric": t.spec.metric} for t in tasks.values()]
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for task in tasks.values():
        extra = f"  [{task.spec.metric}]" if task.spec.type == 2 else ""
        typer.echo(f"{task.id:32s} {TYPE_NAMES[task.spec.type]}  {task.spec.title}{extra}")


@practical_app.command("init")
def practical_init(
    task_id: Annotated[str, typer.Argument(help="과제 id")],
    folder: Annotated[Path, typer.Argument(help="만들 폴더 (data/와 시작 스크립트가 복사됨)")],
) -> None:
    """과제의 data/와 시작 스크립트(main.py)를 폴더에 복사합니다. 편집기나 Jupyter에서 풀고 check로 채점하세요."""
    import shutil

    task = _task_or_exit(task_id)
    if folder.exists() and any(folder.iterdir()):
        typer.echo(f"{folder}가 비어 있지 않습니다. 빈 폴더나 새 이름을 주세요.", err=True)
        raise typer.Exit(2)
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copytree(task.data_dir, folder / "data")
    spec = task.spec
    lines = ["# " + line for line in f"[{TYPE_NAMES[spec.type]}] {spec.title}\n\n{spec.instructions}".splitlines()]
    if spec.type == 2:
        body = ["import pandas as pd", "", 'train = pd.read_csv("data/train.csv")', 'test = pd.read_csv("data/test.csv")',
                "", "# 모형을 학습하고 예측한 뒤:",
                f'# pd.DataFrame({{"pred": pred}}).to_csv("{spec.output.file}", index=False)  # 열: {spec.output.columns}']
    else:
        body = ["import pandas as pd", ""] + [f'df = pd.read_csv("data/{name}")' for name in spec.data[:1]] + [
            "", "# 답을 문항 순서대로 한 줄에 하나씩 print 하세요:"] + [
            f"# {n + 1}. {item.prompt} — 형식: {item.describe()}" for n, item in enumerate(spec.items or [])]
    (folder / "main.py").write_text("\n".join(lines + [""] + body) + "\n", encoding="utf-8")
    typer.echo(f"{folder}/main.py 와 {folder}/data/ 를 만들었습니다. 채점: quizapp practical check {task_id} {folder}/main.py")


@practical_app.command("check")
def practical_check(
    task_id: Annotated[str, typer.Argument(help="과제 id")],
    scripts: Annotated[list[Path], typer.Argument(help="채점할 스크립트 (여러 개 가능)", exists=True, dir_okay=False)],
    as_json: Annotated[bool, typer.Option("--json")] = False,
    report: Annotated[Optional[Path], typer.Option("--report", help="스터디 그룹용 요약 CSV")] = None,
    time_limit: Annotated[float, typer.Option("--time-limit", help="실행 제한 시간(초), 시험은 60")] = 60.0,
) -> None:
    """실기 스크립트를 시험처럼 실행해 채점하고 실수를 모두 알려 줍니다. exit 0 모두 60점 이상, 1 아니면, 2 사용법 오류."""
    import os
    import sys
    from concurrent.futures import ThreadPoolExecutor

    from quizapp.practical.scoring import check_script

    task = _task_or_exit(task_id)
    workers = max(1, min(len(scripts), os.cpu_count() or 1))
    reports: dict[Path, object] = {}
    with ThreadPoolExecutor(workers) as pool:
        futures = {pool.submit(check_script, task, path, time_limit=time_limit): path for path in scripts}
        if len(scripts) > 1 and sys.stderr.isatty():
            from concurrent.futures import as_completed

            from rich.progress import Progress

            with Progress(transient=True) as progress:
                bar = progress.add_task("채점 중", total=len(scripts))
                for future in as_completed(futures):
                    reports[futures[future]] = future.result()
                    progress.advance(bar)
        else:
            for future, path in futures.items():
                reports[path] = future.result()
    ordered = [(path, reports[path]) for path in scripts]
    if as_json:
        payload = [{"file": str(p), **r.to_dict()} for p, r in ordered]
        typer.echo(json.dumps(payload[0] if len(payload) == 1 else payload, ensure_ascii=False, indent=2))
    else:
        for path, result in ordered:
            typer.echo(_format_report(path, result))
        if len(ordered) > 1:
            typer.echo("\n요약")
            for path, result in ordered:
                verdict = "합격선 이상" if result.passed else "합격선 미만"
                typer.echo(f"  {str(path):40s} {result.points:5.1f}/{result.max_points}  ({result.score100:5.1f}/100, {verdict})")
    if report is not None:
        import csv

        with report.open("w", newline="", encoding="utf-8-sig") as fh:
            writer = csv.writer(fh)
            writer.writerow(["file", "task", "points", "max_points", "score100", "passed", "metric", "seconds", "mistakes"])
            for path, result in ordered:
                mistakes = " | ".join([*result.messages, *(m for i in result.items for m in i.messages)])
                writer.writerow([str(path), task.id, result.points, result.max_points, result.score100,
                                 result.passed, result.metric, round(result.seconds, 2), mistakes])
    raise typer.Exit(0 if all(r.passed for _, r in ordered) else 1)


def _format_report(path: Path, result) -> str:
    lines = [f"{path}: {result.task_id} — {result.points:g}/{result.max_points}점 (100점 환산 {result.score100:g}점, "
             f"{'합격선 이상' if result.passed else '합격선(60) 미만'}), 실행 {result.seconds:.1f}초"]
    lines += [f"  ! {m}" for m in result.messages]
    for item in result.items:
        mark = "✔" if item.points == item.max_points else "✘"
        got = f" (출력: {item.got})" if item.got is not None and item.points < item.max_points else ""
        lines.append(f"  {mark} {item.name}: {item.points:g}/{item.max_points}{got}")
        lines += [f"      - {m}" for m in item.messages]
    return "\n".join(lines)


def main() -> None:
    app()
