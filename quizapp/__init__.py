"""quizapp: 빅데이터분석기사 exam preparation in the terminal."""

__version__ = "0.1.0"
