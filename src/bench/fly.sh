# Sourced by the benchmarks that compare with fly.io's generator. install_fly installs
# @flydotio/dockerfile@$fly_version from the npm registry into $work/fly (a temporary folder,
# never the repository) and sets fly_bin (its entry point) and fly_installed (its version).
install_fly() {
  say "installing @flydotio/dockerfile@$fly_version into $work/fly"
  mkdir -p "$work/fly"
  (cd "$work/fly" && npm init -y >/dev/null 2>&1 &&
    npm install --no-audit --no-fund --loglevel=error "@flydotio/dockerfile@$fly_version" >/dev/null)
  fly_bin="$work/fly/node_modules/@flydotio/dockerfile/index.js"
  fly_installed=$(node -p "require('$work/fly/node_modules/@flydotio/dockerfile/package.json').version")
}
