/**
 * Runs the build's steps into a temporary folder and publishes it as the
 * output folder only if every step succeeded (atomic.ts: a lock stops two
 * builds publishing at once; what a killed build left is put right by the
 * next). Stopped from outside (Ctrl-C, kill, the terminal or npm gone), it
 * publishes nothing and exits; it always exits, since Astro's build can leave
 * handles (file watchers, workers) open.
 */
import { siteConfig } from '../../site.config.ts';
import { siteEnvProblem } from '../../src/lib/config/env.ts';
import { abandonActiveBuild, BuildStopped, buildAtomically, goneAncestor, type Step, watchedAncestors } from './atomic.ts';
import { killChild } from './child.ts';

/** Exit codes: a failed build, and one stopped because the command that started it went away (EX_TEMPFAIL). */
const FAILED = 1;
const STOPPED = 75;

/** Builds with `steps` and publishes to `out`, then exits the process (0 when published). */
export async function publish(out: string, steps: readonly Step[]): Promise<never> {
  const failed = (why?: string) => {
    console.error(`✘ 构建失败,${out}/ 保持不变 / build failed; ${out}/ left unchanged`);
    if (why) console.error(why);
  };
  const stop = (why: string, code: number): never => {
    killChild();
    abandonActiveBuild();
    failed(why);
    process.exit(code);
  };
  for (const [signal, number] of Object.entries({ SIGINT: 2, SIGTERM: 15, SIGHUP: 1 })) {
    process.once(signal, () => stop(`收到 ${signal},构建停止 / stopped by ${signal}`, 128 + number));
  }
  // npm killed outright (SIGKILL) sends no signal on: watch it, and stop rather than publish as an orphan.
  const watched = watchedAncestors();
  setInterval(() => {
    const why = goneAncestor(watched);
    if (why) stop(why, FAILED);
  }, 200).unref();

  // Every site setting from the environment, checked before anything is built.
  const envProblem = siteEnvProblem(process.env);
  if (envProblem) {
    failed(envProblem);
    process.exit(FAILED);
  }
  if (!process.env['SITE_URL']) {
    // Printed permalinks and the sitemap carry absolute addresses.
    console.warn(
      `⚠ 未设置 SITE_URL,打印的条目链接和站点地图将使用 ${siteConfig.url} / SITE_URL is not set: printed permalinks and the sitemap will use ${siteConfig.url}; set it to the public address before publishing`,
    );
  }
  try {
    const done = await buildAtomically(out, steps, { log: (line) => console.log(line), shouldStop: () => goneAncestor(watched) });
    console.log(`✔ 已发布到 / published to ${done}`);
    process.exit(0);
  } catch (error) {
    failed(error instanceof Error ? error.message : String(error));
    process.exit(error instanceof BuildStopped ? STOPPED : FAILED);
  }
}
