// A media-inspector thread with a reader that never returns (what the old WebM reader did on a
// 32-byte file): the inspector must stop it at its deadline.
export default function hangForever(task) {
  task.started.postMessage('started');
  for (;;) {
    // spin
  }
}
