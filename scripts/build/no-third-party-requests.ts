/**
 * Build steps that keep the face check from talking to anyone but our own origin.
 *
 * @mediapipe/tasks-vision 1.1.0 carries a usage logger: about 60 s after a FaceLandmarker is created,
 * and every 60 s after, it POSTs usage records to https://odml.pa.googleapis.com/v1/log (the class
 * that holds the URL below, in vision_bundle.mjs). Our server's CSP happens to block it, but a static
 * host serving dist/ would let it through, a worker gets no CSP from the page's <meta>, and even a
 * blocked attempt is a request to a foreign host from a face-check page (and Google's hosts are
 * unreachable in mainland China). So the logger class is replaced, as the bundle is built, by one
 * that never queues or sends anything, and the build fails if the log host is still anywhere in the
 * output.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/** The logger class exactly as @mediapipe/tasks-vision 1.1.0 ships it (minified). */
const usageLoggerClass =
  'Mh=class{constructor(t){this.i=[],this.o=new bh,this.l=t??"",this.h=setInterval(()=>{this.flush()},6e4)}close(){void 0!==this.h&&(clearInterval(this.h),this.h=void 0),this.flush()}flush(t,e){if(this.error)e?.("net-send-failed");else if(0===this.i.length)t?.();else{var r=this.i;this.i=[],r=function(t){var e=new Ch;return Cr(e=ar(e,2,ee(1786)),3,t)}(r),r=Nh(r),this.o.send({url:"https://odml.pa.googleapis.com/v1/log",cb:"POST",ma:1e4,body:r,ib:2,bb:{"Content-Type":"application/x-protobuf","x-goog-api-key":this.l},withCredentials:!1},()=>{t?.()},t=>{this.error=Error(`Logging failed with HTTP error: ${t}`),this.i=[],void 0!==this.h&&(clearInterval(this.h),this.h=void 0),e?.("net-send-failed",t)})}}};';

/**
 * Same interface, nothing sent: with `error` set from the start, MediaPipe's usage tracker never
 * queues a record (it checks `error` before pushing), so nothing accumulates either; no timer runs.
 */
const silentLoggerClass =
  'Mh=class{constructor(){this.i=[],this.error=Error("usage logging removed at build time")}close(){}flush(t,e){e?.("net-send-failed")}};';

/**
 * What must not appear in any file we ship (JavaScript, HTML, JSON, CSS, and MediaPipe's wasm): the
 * log host's name and its path. The wasm builds carry "odml" only in Google's internal source paths
 * and type names, which are renamed when they are copied in (mediapipe-wasm-names.mjs, run by
 * scripts/setup-model.mjs), so `grep -r odml dist/` finds nothing.
 */
export const forbiddenInBuild = ['odml', 'v1/log', 'googleapis.com/v1'] as const;

const visionBundle = /[\\/]@mediapipe[\\/]tasks-vision[\\/]vision_bundle\.m?js$/;

/** Replaces MediaPipe's usage logger in vision_bundle.mjs; fails loudly if the bundle changed. */
export function removeMediaPipeUsageLogger(code: string): string {
  const occurrences = code.split(usageLoggerClass).length - 1;
  if (occurrences !== 1) {
    throw new Error(
      '[no-third-party-requests] MediaPipe usage logger not found as expected in vision_bundle.mjs ' +
        `(${occurrences} matches). @mediapipe/tasks-vision changed: find its "v1/log" logger and update scripts/build/no-third-party-requests.ts.`,
    );
  }
  return code.replace(usageLoggerClass, silentLoggerClass);
}

/** The transform, for the page build and (separately) the worker build. */
export function stripMediaPipeUsageLogger(): Plugin {
  return {
    name: 'strip-mediapipe-usage-logger',
    enforce: 'pre',
    transform(code, id) {
      if (!visionBundle.test(id.split('?')[0] ?? id)) return null;
      return { code: removeMediaPipeUsageLogger(code), map: null };
    },
  };
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

/** Files in `outDir` (plain text, not their .br/.gz copies) that contain a forbidden string. */
export function findForbiddenInBuild(outDir: string): { file: string; text: string }[] {
  const found: { file: string; text: string }[] = [];
  for (const file of listFiles(outDir)) {
    if (/\.(br|gz|png|webp|ico)$/.test(file)) continue;
    const content = readFileSync(file, 'latin1');
    for (const text of forbiddenInBuild) if (content.includes(text)) found.push({ file: path.relative(outDir, file), text });
  }
  return found;
}

/** Fails the build when the log host (or its path) is still anywhere in the output, page and worker bundles alike. */
export function failOnThirdPartyLogHost(): Plugin {
  let outDir = 'dist';
  return {
    name: 'fail-on-third-party-log-host',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        const found = findForbiddenInBuild(outDir);
        if (found.length > 0) {
          throw new Error(
            `[no-third-party-requests] the build still contains ${found.map(({ file, text }) => `"${text}" in ${file}`).join(', ')}`,
          );
        }
      },
    },
  };
}
