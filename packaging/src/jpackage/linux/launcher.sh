#!/bin/bash
# DevOps Simulator's launcher on Linux (bin/devops-sim in the app image and the installed package).
# It starts the bundled Java runtime with what jpackage wrote to lib/app/devops-sim.cfg: the class
# path, the main class and the Java options, where $APPDIR is lib/app. It replaces jpackage's native
# launcher, which on every start asks rpm and then dpkg, twice, which package owns it: 0.15-0.35 s of
# the 2 s launch budget (packaging/README.md). Windows and macOS keep jpackage's launchers.
set -e
app_dir=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../lib/app" && pwd -P)
options=()
class_path=()
main_class=
while IFS= read -r line || [ -n "$line" ]; do
    case $line in
        app.classpath=*) class_path+=("${line#app.classpath=}") ;;
        app.mainclass=*) main_class=${line#app.mainclass=} ;;
        java-options=*) options+=("${line#java-options=}") ;;
    esac
done < "$app_dir/devops-sim.cfg"
options=("${options[@]//\$APPDIR/$app_dir}")
class_path=("${class_path[@]//\$APPDIR/$app_dir}")
joined=$(IFS=:; echo "${class_path[*]}")
exec -a "$0" "$app_dir/../runtime/bin/java" "${options[@]}" -cp "$joined" "$main_class" "$@"
