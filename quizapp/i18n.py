"""One catalog of UI strings, Korean first with English beside it.

Kept outside ``ui/`` because the command line prints from it too. Question content itself is
Korean; only the interface switches language.
"""

from __future__ import annotations

LANGUAGES = ("ko", "en")

CATALOG: dict[str, tuple[str, str]] = {
    # app
    "app.title": ("빅데이터분석기사 학습", "Big Data Analysis Engineer prep"),
    "app.loading": ("문제은행과 학습 기록을 불러오는 중…", "Loading the question bank and your progress…"),
    "app.load_failed": ("불러오기 실패: {error}", "Could not load: {error}"),
    "app.db_failed": (
        "데이터베이스를 열 수 없습니다 ({where}). --db 주소와 폴더 권한을 확인하세요.\n{error}",
        "Could not open the database ({where}). Check the --db URL and folder permissions.\n{error}",
    ),
    "app.bank_failed": ("문제은행을 불러올 수 없습니다: {error}", "Could not load the question bank: {error}"),
    "app.not_ready": ("아직 불러오는 중입니다. 잠시 후 다시 시도하세요.", "Still loading; try again in a moment."),
    "app.bank_warnings": (
        "문제은행 경고 {count}건: 아래 항목은 건너뛰었습니다",
        "{count} question-bank warning(s): these entries were skipped",
    ),
    # keys / bindings
    "key.help": ("도움말", "Help"),
    "key.quit": ("종료", "Quit"),
    "key.back": ("뒤로", "Back"),
    "key.start": ("문제 풀기", "Quiz"),
    "key.lang": ("English", "한국어"),
    "key.confirm": ("확정", "Confirm"),
    "key.next": ("다음", "Next"),
    "key.end": ("끝내기", "End"),
    "key.home": ("홈", "Home"),
    # home
    "home.heading": ("오늘의 학습 현황", "Today"),
    "home.col.subject": ("과목", "Subject"),
    "home.col.total": ("전체", "Total"),
    "home.col.new": ("새 문항", "New"),
    "home.col.due": ("복습 예정", "Due"),
    "home.total_row": ("합계", "Total"),
    "home.menu.quiz": ("객관식 문제 풀기 — 과목·세부항목 고르기  [s]", "Multiple-choice quiz — pick a subject or topic  [s]"),
    "home.menu.review": ("오늘의 복습 — 복습 예정 + 새 문항(하루 한도), 카드는 1–4로 평가  [r]", "Today's review — due items plus new ones, rate cards 1–4  [r]"),
    "home.menu.mock": ("모의 필기시험 — 80문항·120분, 과락·합격 판정  [e]", "Mock written exam — 80 questions, 120 min  [e]"),
    "home.menu.notes": ("오답노트 — 틀린 문항 모아 보기·다시 풀기  [w]", "Mistake notebook — review and retry wrong answers  [w]"),
    "home.menu.drills": ("코딩 드릴 — 함수를 작성하고 채점받기  [d]", "Coding drills — write a function, get it graded  [d]"),
    "home.menu.practical": ("실기 연습 — 작업형 1·2·3 채점, 모의 실기(180분)  [p]", "Practical exam — tasks 1·2·3 checked, mock exam (180 min)  [p]"),
    "home.menu.stats": ("통계 — 정답률·숙련도·진도, 복습 달력, 예정, 모의고사 추이  [t]", "Stats — accuracy, mastery, coverage, heatmap, forecast  [t]"),
    "home.menu.browse": ("찾아보기 — 키워드·과목·종류·상태로 문제은행 검색  [b]", "Browse — search the bank by keyword, subject, kind, state  [b]"),
    "home.menu.settings": ("설정 — 시험일, 목표 기억률, 하루 한도, 언어, 테마  [o]", "Settings — exam dates, retention, limits, language, theme  [o]"),
    "home.menu.lang": ("Switch to English  [l]", "한국어로 바꾸기  [l]"),
    "home.menu.help": ("도움말  [?]", "Help  [?]"),
    "home.menu.quit": ("종료  [q]", "Quit  [q]"),
    "home.hint": (
        "↑↓로 고르고 Enter. 명령 팔레트: ctrl+p",
        "Use ↑↓ and Enter. Command palette: ctrl+p",
    ),
    # topics
    "topics.heading": ("범위를 고르세요 (Enter로 시작, Esc 뒤로)", "Choose a scope (Enter starts, Esc goes back)"),
    "topics.all": ("전체 과목", "All subjects"),
    "topics.subject": ("{n}과목 {name} — 전체", "Subject {n}: {name} — all"),
    "topics.counts": ("객관식 {total} · 새 {new} · 복습 {due}", "{total} MCQ · {new} new · {due} due"),
    "topics.empty": ("이 범위에는 객관식 문항이 없습니다.", "There are no multiple-choice items in this scope."),
    # quiz
    "quiz.progress": ("{pos}/{total}", "{pos}/{total}"),
    "quiz.subject": ("{n}과목 · {topic}", "Subject {n} · {topic}"),
    "quiz.difficulty": ("난이도", "Difficulty"),
    "quiz.choose": (
        "숫자 키(1–{n})로 고르고 Enter로 확정 (↑↓도 됩니다)",
        "Choose with 1–{n}, confirm with Enter (↑↓ work too)",
    ),
    "quiz.correct": ("정답입니다!", "Correct!"),
    "quiz.wrong": ("오답입니다. 정답은 {answer}번입니다.", "Wrong. The answer is option {answer}."),
    "quiz.your_choice": ("내 선택", "your choice"),
    "quiz.answer_mark": ("정답", "answer"),
    "quiz.explanation": ("해설", "Explanation"),
    "quiz.options_why": ("보기별 설명", "Why each option"),
    "quiz.next_hint": (
        "n: 다음 문제 · ↑↓/PgUp/PgDn: 해설 스크롤 · q/Esc: 끝내기",
        "n: next question · ↑↓/PgUp/PgDn: scroll · q/Esc: end",
    ),
    "quiz.last_hint": (
        "마지막 문제였습니다. n: 결과 보기 · ↑↓: 해설 스크롤",
        "That was the last one. n: see results · ↑↓: scroll",
    ),
    "quiz.answer_first": ("먼저 답을 고르고 Enter로 확정하세요.", "Choose and confirm an answer first."),
    "quiz.saved_next_due": ("저장됨 · 다음 복습: {when}", "Saved · next review: {when}"),
    # summary
    "summary.heading": ("학습 결과", "Session results"),
    "summary.score": (
        "{correct}/{answered} 정답 ({percent:.0f}점) · 출제 {total}문항",
        "{correct}/{answered} correct ({percent:.0f}%) · {total} planned",
    ),
    "summary.none": ("답한 문제가 없습니다.", "No questions were answered."),
    "summary.col.topic": ("세부항목", "Topic"),
    "summary.col.result": ("결과", "Result"),
    "summary.hint": ("Enter/h: 홈으로", "Enter/h: home"),
    # help
    "help.title": ("도움말 — 키 안내", "Help — keys"),
    "help.body": (
        "**어디서나**\n\n"
        "- `?` 도움말 · `ctrl+p` 명령 팔레트 · `ctrl+q` 종료\n\n"
        "**홈**\n\n"
        "- `s` 문제 풀기(범위 고르기) · `e` 모의 필기시험 · `w` 오답노트 · `t` 통계 · `b` 찾아보기\n"
        "- `d` 코딩 드릴 · `p` 실기 연습(모의 실기 `m`) · `o` 설정 · `l` 언어 전환(한국어/English) · `q` 종료\n\n"
        "**모의 필기시험**\n\n"
        "- `1`–`4` 답 고르기(바꿀 수 있음) · `←` `→` 이동 · `m` 검토 표시 · 왼쪽 목록에서 `Enter`로 이동 · `F10` 제출(확인 후)\n"
        "- 120분이 지나면 자동 제출. 과목별 점수, 과락(40점 미만), 합격(평균 60점 이상) 판정과 해설 복기\n\n"
        "**범위 고르기**\n\n"
        "- `↑` `↓` 이동 · `Enter` 시작 · `Esc` 뒤로\n\n"
        "**문제 풀기**\n\n"
        "- `1`–`5` 보기 고르기 · `↑` `↓` 이동 · `Enter` 답 확정\n"
        "- 확정하면 정답·해설·보기별 설명이 나옵니다. 답은 즉시 저장되고 복습 일정(FSRS)이 갱신됩니다.\n"
        "- `n` 다음 문제 · `q`/`Esc` 끝내고 결과 보기\n\n"
        "**코딩 드릴** (홈에서 `d`)\n\n"
        "- 오른쪽 편집기에 함수를 작성하고 `ctrl+r`로 채점합니다. 고정 사례와 매번 새로 뽑는 무작위 사례로 검사합니다.\n"
        "- `F2` 힌트 하나씩 · `F3` 모범 답안(한 번 채점한 뒤) · `ctrl+s` 저장(초안은 자동 저장) · `Esc` 뒤로\n"
        "- 첫 채점 결과가 복습 일정에 반영됩니다: 힌트 없이 통과 Good, 힌트 보고 통과 Hard, 실패 Again.\n\n"
        "**사용자 문제은행**\n\n"
        "- 데이터 폴더의 `bank/`(또는 `--bank DIR`)에 YAML 문항을 넣으면 함께 불러옵니다. "
        "`quizapp validate`로 검사하세요.\n\n"
        "`Esc` 또는 `?`로 닫기",
        "**Everywhere**\n\n"
        "- `?` help · `ctrl+p` command palette · `ctrl+q` quit\n\n"
        "**Home**\n\n"
        "- `s` quiz (choose a scope) · `e` mock written exam · `w` mistake notebook · `t` stats · `b` browse\n"
        "- `d` coding drills · `p` practical exam (mock `m`) · `o` settings · `l` switch language · `q` quit\n\n"
        "**Mock written exam**\n\n"
        "- `1`–`4` answer (changeable) · `←` `→` move · `m` mark for review · `Enter` in the list jumps · `F10` submit (confirmed)\n"
        "- Ends by itself after 120 minutes; per-subject scores, 과락 (< 40) and pass (average ≥ 60), then review\n\n"
        "**Choosing a scope**\n\n"
        "- `↑` `↓` move · `Enter` start · `Esc` back\n\n"
        "**Quiz**\n\n"
        "- `1`–`5` choose · `↑` `↓` move · `Enter` confirm\n"
        "- After confirming you see the answer, the explanation and why each option is right or "
        "wrong. Answers are saved at once and update the FSRS schedule.\n"
        "- `n` next question · `q`/`Esc` end and see results\n\n"
        "**Coding drills** (`d` on home)\n\n"
        "- Write the function in the editor on the right and press `ctrl+r`. Fixed cases plus fresh random ones are checked.\n"
        "- `F2` one hint at a time · `F3` solution (after an attempt) · `ctrl+s` save (drafts autosave) · `Esc` back\n"
        "- Your first run updates the schedule: pass without hints Good, pass after hints Hard, fail Again.\n\n"
        "**Your own items**\n\n"
        "- Put YAML items in `bank/` under the data folder (or `--bank DIR`); check them with "
        "`quizapp validate`.\n\n"
        "Close with `Esc` or `?`",
    ),
    # coding drills
    "key.drills": ("코딩 드릴", "Drills"),
    "key.run": ("채점", "Run tests"),
    "key.hint": ("힌트", "Hint"),
    "key.solution": ("모범 답안", "Solution"),
    "key.save": ("저장", "Save"),
    "key.practical": ("실기", "Practical"),
    "key.exam": ("모의고사", "Mock exam"),
    "key.review": ("오늘의 복습", "Review"),
    "key.notes": ("오답노트", "Mistakes"),
    "key.settings": ("설정", "Settings"),
    "key.browse": ("찾아보기", "Browse"),
    "key.stats": ("통계", "Stats"),
    "key.mock": ("모의 실기", "Mock exam"),
    "key.submit_answers": ("답안 제출", "Submit answers"),
    "key.finish": ("제출·종료", "Submit & finish"),
    "drills.heading": (
        "코딩 드릴 {count}개 — Enter로 열기, Esc 뒤로  (✔ 통과 · ✘ 시도함 · ⏰ 복습 예정)",
        "{count} coding drills — Enter opens, Esc goes back  (✔ passed · ✘ tried · ⏰ due)",
    ),
    "drills.area.prep": ("pandas 전처리", "pandas preprocessing"),
    "drills.area.stats": ("통계 (scipy · statsmodels)", "Statistics (scipy · statsmodels)"),
    "drills.area.dist": ("확률분포", "Distributions"),
    "drills.area.ml": ("머신러닝 (scikit-learn)", "Machine learning (scikit-learn)"),
    "drills.area.dl": ("딥러닝 (numpy · torch)", "Deep learning (numpy · torch)"),
    "drills.area.other": ("기타", "Other"),
    "drills.empty": ("코딩 드릴이 없습니다.", "There are no coding drills."),
    "code.keys": (
        "ctrl+r 채점 · F2 힌트 · F3 모범 답안(시도 후) · ctrl+s 저장 · Esc 뒤로 (초안은 자동 저장)",
        "ctrl+r run tests · F2 hint · F3 solution (after an attempt) · ctrl+s save · Esc back (drafts autosave)",
    ),
    "code.prompt": ("문제", "Task"),
    "code.hints": ("힌트", "Hints"),
    "code.hint_n": ("힌트 {n}/{total}", "Hint {n}/{total}"),
    "code.no_more_hints": ("힌트를 모두 보았습니다.", "No more hints."),
    "code.running": ("채점 중… (샌드박스에서 실행)", "Grading… (running in the sandbox)"),
    "code.starting": ("채점기를 준비하는 중… 첫 채점은 몇 초 걸립니다.", "Starting the grader… the first run takes a few seconds."),
    "code.result": ("결과: {label} — {passed}/{total} 통과", "Result: {label} — {passed}/{total} passed"),
    "code.status.pass": ("통과", "pass"),
    "code.status.fail": ("실패", "fail"),
    "code.status.error": ("오류", "error"),
    "code.col.status": ("", ""),
    "code.col.case": ("사례", "Case"),
    "code.first_failure": ("처음 실패한 사례: {name}", "First failing case: {name}"),
    "code.output": ("출력", "Output"),
    "code.rated": ("복습 일정 갱신: {rating} · 다음 복습 {when}", "Schedule updated: {rating} · next review {when}"),
    "code.rating.1": ("다시(Again)", "Again"),
    "code.rating.2": ("어려움(Hard)", "Hard"),
    "code.rating.3": ("좋음(Good)", "Good"),
    "code.rating.4": ("쉬움(Easy)", "Easy"),
    "code.solution_locked": ("모범 답안은 한 번 채점한 뒤에 볼 수 있습니다.", "The solution opens after your first attempt."),
    "code.solution": ("모범 답안 (참조 구현)", "Reference solution"),
    "code.saved": ("초안을 저장했습니다.", "Draft saved."),
    "code.grader_failed": ("채점기를 쓸 수 없습니다: {error}", "The grader is unavailable: {error}"),
    "code.seed": ("무작위 사례 seed {seed} · {ms:.0f} ms · {mode}", "random cases seed {seed} · {ms:.0f} ms · {mode}"),
    # command palette
    "cmd.help": ("도움말 보기", "Show help"),
    "cmd.help.desc": ("키 안내", "Key reference"),
    "cmd.home": ("홈으로", "Go home"),
    "cmd.home.desc": ("현재 화면을 닫고 홈으로", "Leave this screen for home"),
    "cmd.quiz": ("문제 풀기", "Start a quiz"),
    "cmd.quiz.desc": ("과목·세부항목을 골라 객관식 풀기", "Pick a subject or topic"),
    "cmd.drills": ("코딩 드릴", "Coding drills"),
    "cmd.drills.desc": ("함수를 작성하고 샌드박스에서 채점받기", "Write functions, graded in a sandbox"),
    "cmd.stats": ("통계", "Statistics"),
    "cmd.stats.desc": ("과목·세부항목별 정답률, 숙련도, 진도와 복습 기록", "Accuracy, mastery, coverage and review history"),
    "cmd.browse": ("찾아보기", "Browse the bank"),
    "cmd.browse.desc": ("키워드·과목·세부항목·종류·상태로 검색", "Search by keyword, subject, topic, kind, state"),
    "cmd.settings": ("설정", "Settings"),
    "cmd.settings.desc": ("시험일, 목표 기억률, 하루 한도, 언어, 테마", "Exam dates, retention, daily limits, language, theme"),
    "cmd.notes": ("오답노트", "Mistake notebook"),
    "cmd.notes.desc": ("틀린 문항을 과목·세부항목별로 보고 다시 풀기", "Wrong answers by subject and topic; retry them"),
    "cmd.mock": ("모의 필기시험", "Mock written exam"),
    "cmd.mock.desc": ("80문항·120분, 과목별 점수와 과락", "80 questions, 120 minutes, per-subject scores"),
    "cmd.practical": ("실기 연습", "Practical exam"),
    "cmd.practical.desc": ("작업형 스크립트를 시험처럼 실행해 채점", "Run and score 실기 scripts as the exam does"),
    "cmd.lang": ("언어 전환 (English)", "Switch language (한국어)"),
    "cmd.lang.desc": ("화면 언어를 바꿉니다", "Change the interface language"),
    # time
    "when.minutes": ("{n}분 후", "in {n} min"),
    "when.hours": ("{n}시간 후", "in {n} h"),
    "when.days": ("{n}일 후", "in {n} days"),
    # cli
    "cli.valid": ("문제은행이 올바릅니다: 문항 {count}개", "The bank is valid: {count} items"),
    "cli.problems": ("문제 {count}건", "{count} problem(s)"),
}


class Translator:
    def __init__(self, lang: str = "ko") -> None:
        self.lang = lang if lang in LANGUAGES else "ko"

    def __call__(self, key: str, **values: object) -> str:
        ko, en = CATALOG[key]
        text = en if self.lang == "en" else ko
        return text.format(**values) if values else text

    def name(self, thing: object) -> str:
        """The display name of a taxonomy entry (``ko``/``en`` attributes)."""
        return getattr(thing, "en" if self.lang == "en" else "ko")
