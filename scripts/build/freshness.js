/**
 * Is a build older than its sources? Both webpack configs rewrite every file they emit
 * (compareBeforeEmit: false), so a build is as old as its oldest file and stale when any source
 * file was changed after that.
 */
const fs = require("fs");
const path = require("path");

/** Every file under the given files and folders (missing ones are skipped). */
function filesUnder(root, entries) {
  const files = [];
  for (const entry of entries) {
    const full = path.join(root, entry);
    if (!fs.existsSync(full)) continue;
    if (fs.statSync(full).isDirectory()) {
      for (const name of fs.readdirSync(full, { recursive: true })) {
        const file = path.join(full, name);
        if (fs.statSync(file).isFile()) files.push(file);
      }
    } else {
      files.push(full);
    }
  }
  return files;
}

/** The newest of some files: { file, time } in ms, or null when there are none. */
function newest(files) {
  let found = null;
  for (const file of files) {
    const time = fs.statSync(file).mtimeMs;
    if (!found || time > found.time) found = { file, time };
  }
  return found;
}

/** The oldest of some files: { file, time } in ms, or null when there are none. */
function oldest(files) {
  let found = null;
  for (const file of files) {
    const time = fs.statSync(file).mtimeMs;
    if (!found || time < found.time) found = { file, time };
  }
  return found;
}

/**
 * Why a build in outDir is stale, in words, or null when it is not: it is missing or empty, or a
 * source is newer than its oldest file.
 */
function staleness(root, outDir, sources) {
  const built = oldest(filesUnder(root, [outDir]));
  if (!built) return `${outDir}/ is missing`;
  const changed = newest(filesUnder(root, sources));
  if (changed && changed.time > built.time) {
    return `${path.relative(root, changed.file)} is newer than ${path.relative(root, built.file)}`;
  }
  return null;
}

module.exports = { filesUnder, newest, oldest, staleness };
