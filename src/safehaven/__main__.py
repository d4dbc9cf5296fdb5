from safehaven.cli import main

raise SystemExit(main())
