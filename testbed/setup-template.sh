# The test bed's copy of the install script that actions/python-versions ships in each Linux
# archive (installers/nix-setup-template.sh): copy the prefix into the tool cache, add the
# python links, ensure pip, write the .complete marker. setup-python-ft does not run it.
set -e

PYTHON_FULL_VERSION="{{__VERSION_FULL__}}"
ARCH="{{__ARCH__}}"
MAJOR_MINOR=$(echo "$PYTHON_FULL_VERSION" | cut -d '.' -f 1,2)
TOOLCACHE_ROOT=${AGENT_TOOLSDIRECTORY:-$RUNNER_TOOL_CACHE}
VERSION_PATH=$TOOLCACHE_ROOT/Python/$PYTHON_FULL_VERSION
ARCH_PATH=$VERSION_PATH/$ARCH

rm -rf "$ARCH_PATH"
mkdir -p "$ARCH_PATH"
cp -R ./* "$ARCH_PATH"
rm "$ARCH_PATH/setup.sh"
cd "$ARCH_PATH"
ln -s "./bin/python$MAJOR_MINOR" python
cd bin
ln -s "python$MAJOR_MINOR" "python${MAJOR_MINOR/./}"
[ -f python ] || ln -s "python$MAJOR_MINOR" python
export LD_LIBRARY_PATH="$ARCH_PATH/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
./python -m ensurepip >/dev/null
touch "$VERSION_PATH/$ARCH.complete"
