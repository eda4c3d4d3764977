#!/usr/bin/env bash
# Builds Rapport for the OS it runs on: a trimmed Java runtime (jlink), a self-contained app image
# (target/installer/Rapport) and, where the OS tools exist, the native installer. Run through
# `mvn -B -Pinstaller package`, which builds the jar and its libraries first.
#   installer/package.sh VERSION [--app-image-only]
set -euo pipefail

version="${1:?usage: installer/package.sh VERSION [--app-image-only]}"
image_only="${2:-}"
here="$(cd "$(dirname "$0")" && pwd)"
project="$(dirname "$here")"
target="$project/target"
out="$target/installer"
java_home="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"

for tool in jlink jpackage jdeps; do
  if [[ ! -x "$java_home/bin/$tool" ]]; then
    echo "installer: $tool is missing from $java_home; install a full JDK 17 or newer." >&2
    exit 1
  fi
done

rm -rf "$out"
mkdir -p "$out/input/lib"
cp "$target/rapport.jar" "$out/input/"
cp "$target"/lib/*.jar "$out/input/lib/"
# The platform-independent JavaFX jars are empty shells beside the -linux/-win/-mac ones.
find "$out/input/lib" -name 'javafx-*-[0-9]*.[0-9]*.[0-9]*.jar' ! -name '*-linux.jar' ! -name '*-win.jar' \
  ! -name '*-mac*.jar' -delete

# Class-data sharing: the classes Rapport loads until its window shows (classes.list, written by
# app.rapport.bench.StartupClassList) go into an archive that each start maps instead of loading and
# verifying them again: about 15 % faster at 100,000 contacts (installer/README.md). The archive names the
# jars where they lie, so it is made where the app ends up: below for the app image, by postinst for the .deb.
cp "$here/classes.list" "$out/input/rapport.classlist"

# The JDK modules the app and its libraries use, as jdeps finds them, plus what is loaded by name at run
# time: locale names (countries in the user's language), extra charsets (imports), elliptic-curve TLS.
modules="$("$java_home/bin/jdeps" --ignore-missing-deps --print-module-deps --multi-release 17 \
  --class-path "$out/input/lib/*" "$out/input/rapport.jar")"
modules="$modules,jdk.localedata,jdk.charsets,jdk.crypto.ec,jdk.zipfs"
echo "installer: runtime modules $modules"

"$java_home/bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
  --compress=2 --generate-cds-archive --output "$out/runtime"

common=(--name Rapport --app-version "$version" --vendor "Rapport"
  --description "Offline CRM for brands that work with micro-influencers"
  --input "$out/input" --main-jar rapport.jar --main-class app.rapport.Main
  --runtime-image "$out/runtime" --dest "$out"
  --java-options "-Dfile.encoding=UTF-8" --java-options '-XX:SharedArchiveFile=$APPDIR/rapport.jsa')
# The heap ceiling and collector, shared with `mvn javafx:run` and the benchmark (jvm.options).
while read -r option; do
  common+=(--java-options "$option")
done < <(sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e '/^$/d' "$here/jvm.options")

# Writes the class-data archive of an app folder (the one holding Rapport.cfg) with its own runtime. A start
# without the archive, or with one made elsewhere, is only slower: the JVM then loads the classes as usual.
archive() {
  local app="$1" runtime="$2" classpath
  classpath="$(sed -n "s#^app.classpath=\$APPDIR#$app#p" "$app/Rapport.cfg" | paste -sd: -)"
  if ! "$runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$app/rapport.classlist" \
      -XX:SharedArchiveFile="$app/rapport.jsa" -cp "$classpath" >"$out/cds.log" 2>&1; then
    echo "installer: no class-data archive (see $out/cds.log); Rapport starts without it." >&2
  fi
}

case "$(uname -s)" in
  Linux)
    "$java_home/bin/jpackage" --type app-image "${common[@]}" --icon "$project/assets/icon/rapport-256.png"
    archive "$out/Rapport/lib/app" "$out/Rapport/lib/runtime"
    if [[ "$image_only" == "--app-image-only" ]]; then
      echo "installer: app image in $out/Rapport"
      exit 0
    fi
    if command -v fakeroot >/dev/null && command -v dpkg-deb >/dev/null; then
      "$java_home/bin/jpackage" --type deb "${common[@]}" --icon "$project/assets/icon/rapport-256.png" \
        --linux-package-name rapport --linux-menu-group Office --linux-shortcut \
        --linux-app-category office --resource-dir "$here/linux"
    else
      echo "installer: no .deb: fakeroot and dpkg-deb are needed (apt-get install fakeroot dpkg)." >&2
    fi
    if command -v rpmbuild >/dev/null; then
      "$java_home/bin/jpackage" --type rpm "${common[@]}" --icon "$project/assets/icon/rapport-256.png" \
        --linux-package-name rapport --linux-menu-group Office --linux-shortcut
    else
      echo "installer: no .rpm: rpmbuild is needed (apt-get install rpm)." >&2
    fi
    ;;
  Darwin)
    "$java_home/bin/jpackage" --type app-image "${common[@]}" --icon "$here/macos/Rapport.icns" \
      --mac-package-identifier app.rapport
    "$java_home/bin/jpackage" --type dmg "${common[@]}" --icon "$here/macos/Rapport.icns" \
      --mac-package-identifier app.rapport
    ;;
  MINGW*|MSYS*|CYGWIN*)
    "$java_home/bin/jpackage" --type app-image "${common[@]}" --icon "$here/windows/rapport.ico"
    if command -v candle.exe >/dev/null && command -v light.exe >/dev/null; then
      "$java_home/bin/jpackage" --type msi "${common[@]}" --icon "$here/windows/rapport.ico" \
        --win-menu --win-shortcut --win-dir-chooser --win-upgrade-uuid 0d3c6f4e-7a0b-4c55-9a57-2f1e4b6d8c21
    else
      echo "installer: no .msi: the WiX Toolset 3 (candle.exe, light.exe) is needed on the PATH." >&2
    fi
    ;;
esac
echo "installer: app image in $out/Rapport"
