from advocacy_cli.cli import main

main()
