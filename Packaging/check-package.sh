#!/usr/bin/env bash
# Checks of the installed program and its Debian package, one per ctest test (see
# Packaging/CMakeLists.txt). Each prints what it found and exits non-zero on the first
# problem, or 77 (ctest: skipped) when a tool it needs is not installed.
#   install BUILD STAGE LIST      cmake --install into STAGE (prefix /usr); files == LIST
#   desktop STAGE SOURCE          desktop-file-validate silent; icon and window class agree
#   appstream STAGE VERSION       appstreamcli validate --no-net; the release is VERSION
#   standalone STAGE TOOLCHAINLIB ldd names nothing of the toolchain; render runs without it
#   icons SOURCE                  make_icon.py reproduces the committed SVG and PNGs
#   deb BUILD OUT VERSION         cpack -G DEB; Depends are Debian packages apt resolves; files
set -euo pipefail

APP_ID=io.github.sigmoidviewer.SigmoidViewer

fail() { echo "FAIL: $*" >&2; exit 1; }
need() { command -v "$1" >/dev/null || { echo "SKIP: $1 is not installed (Debian: $2)"; exit 77; }; }

# The files under STAGE, relative and sorted, one a line.
file_list() { (cd "$1" && find . -type f -o -type l | sed 's|^\./||' | LC_ALL=C sort); }

check_install() {
  local build=$1 stage=$2 list=$3
  rm -rf "$stage"
  DESTDIR="$stage" cmake --install "$build" --prefix /usr >/dev/null
  diff -u "$list" <(file_list "$stage") || fail "installed files differ from $list"
  echo "installed $(file_list "$stage" | wc -l) files as listed"
}

check_desktop() {
  local stage=$1 source=$2
  need desktop-file-validate desktop-file-utils
  local entry=$stage/usr/share/applications/$APP_ID.desktop
  # It exits 0 on hints; the issue wants no errors and no hints, so any output fails.
  local report
  report=$(desktop-file-validate "$entry" 2>&1) || true
  [ -z "$report" ] || fail "desktop-file-validate: $report"
  value() { sed -n "s/^$1=//p" "$entry"; }
  [ "$(value Icon)" = "$APP_ID" ] || fail "Icon= is not $APP_ID"
  [ -f "$stage/usr/share/icons/hicolor/scalable/apps/$(value Icon).svg" ] || fail "no icon named by Icon="
  # The window class the program sets (ViewerWindow.windowClass) must be StartupWMClass.
  local class
  class=$(sed -n 's/^ *static let windowClass = "\(.*\)"$/\1/p' "$source/Sources/SigmoidViewer/ViewerWindow.swift")
  [ -n "$class" ] && [ "$(value StartupWMClass)" = "$class" ] \
    || fail "StartupWMClass=$(value StartupWMClass) but the window class is '$class'"
  local main=0 category
  for category in $(value Categories | tr ';' ' '); do
    case $category in
      AudioVideo|Audio|Video|Development|Education|Game|Graphics|Network|Office|Science|Settings|System|Utility)
        main=$((main + 1)) ;;
    esac
  done
  [ "$main" = 1 ] || fail "Categories= has $main main categories, not 1"
  echo "desktop entry valid, no hints; Icon=$APP_ID installed; StartupWMClass=$class"
}

check_appstream() {
  local stage=$1 version=$2
  need appstreamcli appstream
  local metainfo=$stage/usr/share/metainfo/$APP_ID.metainfo.xml
  appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate"
  grep -q "<release version=\"$version\"" "$metainfo" || fail "no release $version in $metainfo"
  grep -q "<launchable type=\"desktop-id\">$APP_ID.desktop</launchable>" "$metainfo" \
    || fail "the launchable is not $APP_ID.desktop"
  [ -f "$stage/usr/share/applications/$APP_ID.desktop" ] || fail "the launchable is not installed"
  echo "metainfo valid; release $version"
}

check_standalone() {
  local stage=$1 toolchain_lib=$2
  local binary=$stage/usr/bin/sigmoid-viewer
  local toolchain=${toolchain_lib%/lib}
  local libraries
  libraries=$(env -u LD_LIBRARY_PATH ldd "$binary")
  echo "$libraries"
  ! grep -q "not found" <<<"$libraries" || fail "ldd: a library is not found"
  ! grep -qF "$toolchain" <<<"$libraries" || fail "ldd names the toolchain ($toolchain)"
  ! grep -qi "swift\|Foundation\|dispatch\|BlocksRuntime\|icu" <<<"$libraries" \
    || fail "ldd names a Swift runtime library"
  # Every library resolves to the system's folders.
  ! grep '=>' <<<"$libraries" | grep -vqE '=> /(usr/)?lib(64|32)?/' \
    || fail "ldd resolves a library outside /lib and /usr/lib"
  ! readelf -d "$binary" | grep -E 'RPATH|RUNPATH' | grep -qF "$toolchain" \
    || fail "the binary's RUNPATH names the toolchain"

  # Run it with the toolchain's library folder hidden: a private mount namespace with an
  # empty folder bound over it, and no LD_LIBRARY_PATH.
  [ -d "$toolchain_lib" ] || fail "no toolchain library folder $toolchain_lib"
  local empty out
  empty=$(mktemp -d) out=$(mktemp -d)
  trap 'rm -rf "$empty" "$out"' RETURN
  local hide='mount --bind "$1" "$2" && [ -z "$(ls -A "$2")" ] && exec env -u LD_LIBRARY_PATH "$3" render "$4" --size 320x240'
  local status=0
  unshare -m sh -c "$hide" sh "$empty" "$toolchain_lib" "$binary" "$out/hidden.bmp" 2>"$out/err" \
    || unshare -r -m sh -c "$hide" sh "$empty" "$toolchain_lib" "$binary" "$out/hidden.bmp" 2>>"$out/err" \
    || status=$?
  if [ "$status" != 0 ]; then
    if grep -q "unshare failed\|Operation not permitted" "$out/err"; then
      echo "SKIP: cannot hide $toolchain_lib here (needs root or user namespaces): $(cat "$out/err")"
      exit 77
    fi
    fail "render with $toolchain_lib hidden exited $status: $(cat "$out/err")"
  fi
  [ "$(stat -c %s "$out/hidden.bmp")" = 230454 ] || fail "the render is not a 320x240 BMP"
  echo "rendered a 320x240 BMP with $toolchain_lib hidden"
}

check_icons() {
  local source=$1
  need python3 python3
  need rsvg-convert librsvg2-bin
  local out
  out=$(mktemp -d)
  trap 'rm -rf "$out"' RETURN
  python3 "$source/Assets/icons/make_icon.py" "$out"
  local file size
  for file in "$out"/*; do
    cmp "$file" "$source/Assets/icons/$(basename "$file")" \
      || fail "$(basename "$file") differs from what Assets/icons/make_icon.py makes"
  done
  for size in 48 128 256; do
    file "$source/Assets/icons/$APP_ID-$size.png" | grep -q "PNG image data, $size x $size," \
      || fail "$APP_ID-$size.png is not $size x $size"
  done
  echo "icons reproduce from make_icon.py: $(cd "$out" && ls | tr '\n' ' ')"
}

check_deb() {
  local build=$1 out=$2 version=$3
  need dpkg-deb dpkg
  rm -rf "$out"
  mkdir -p "$out"
  (cd "$out" && cpack --config "$build/CPackConfig.cmake" -G DEB -B "$out" >cpack.log) \
    || { cat "$out/cpack.log"; fail "cpack -G DEB"; }
  local arch deb
  arch=$(dpkg --print-architecture)
  deb=$out/sigmoid-viewer_${version}_$arch.deb
  [ -f "$deb" ] || fail "no $deb"
  dpkg-deb -I "$deb"
  local depends
  depends=$(dpkg-deb -f "$deb" Depends)
  for package in libsdl2-2.0-0 fontconfig fonts-dejavu-core libc6; do
    grep -qE "(^|, )$package( |,|$)" <<<"$depends" || fail "Depends lacks $package: $depends"
  done
  # Every dependency is a package Debian has (when apt knows its archive).
  if command -v apt-cache >/dev/null && [ -n "$(apt-cache policy libc6 | sed -n 's/^ *Candidate: //p')" ]; then
    local name
    for name in $(tr ',|' '\n\n' <<<"$depends" | sed 's/(.*)//; s/ //g'); do
      apt-cache show "$name" >/dev/null 2>&1 || fail "Depends names $name, which apt does not know"
    done
  fi
  # apt resolves them all: what `apt-get install ./sigmoid-viewer_*.deb` would do, simulated.
  if command -v apt-get >/dev/null; then
    apt-get install --simulate "$deb" >"$out/apt.log" 2>&1 || { cat "$out/apt.log"; fail "apt-get cannot install $deb"; }
  fi
  [ "$(dpkg-deb -f "$deb" Package)" = sigmoid-viewer ] || fail "Package is not sigmoid-viewer"
  [ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "Version is not $version"
  dpkg-deb -c "$deb" | awk '$1 !~ /^d/ { print $6 }' | sed 's|^\./||' | LC_ALL=C sort >"$out/files"
  diff -u "$(dirname "$0")/installed-files.txt" "$out/files" || fail "the package's files differ"
  echo "$(basename "$deb"): $(stat -c %s "$deb") bytes; Depends: $depends"
}

command=$1
shift
"check_$command" "$@"
