from quizapp.launch import main

main()
