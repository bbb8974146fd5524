# Defaults; reads the shared settings back (a loop: bash would recurse until it fails)
. ./lib/common.sh
