from popcheck.cli import main

main()
