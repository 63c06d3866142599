// The settings builtins: how calls merge, their messages, the version constraint check,
// and what ends up in the load result.

import { describe, expect, it } from 'vitest';
import { TILT_VERSION, versionMatches } from '../../../../builtins/tilt/settings/index.js';
import { parseIgnoreFile } from '../../../../builtins/tilt/settings/tiltignore.js';
import { errorOf, runTiltfile } from '../snippets.js';

function matches(c: string): boolean | string {
  try {
    return versionMatches(c);
  } catch (e) {
    return (e as Error).message;
  }
}

describe('version_settings', () => {
  it('checks blang/semver ranges against the Tilt version tiltjs reports', () => {
    expect(TILT_VERSION).toBe('0.37.6');
    const yes = ['>=0.23.0', '0.37.6', '=0.37.6', '<0.38.0', '>0.37.5 <0.37.7', '<0.1.0 || >=0.30.0', '0.x', '0.37.x', '>=0.36.x', '!=0.37.5', '<=0.37.x', '>=0.37.6-rc1'];
    const no = ['>=0.38.0', '<0.37.6', '1.x', '!0.37.6', '0.36.x', '>0.37.x', '<0.37.6-rc1 || >1.0.0'];
    for (const c of yes) expect([c, matches(c)]).toEqual([c, true]);
    for (const c of no) expect([c, matches(c)]).toEqual([c, false]);
  });

  it("uses blang/semver's messages for malformed ranges", () => {
    expect(matches('>=0.23')).toBe('Could not parse Range ">=0.23": Could not parse version "0.23" in ">=0.23": No Major.Minor.Patch elements found');
    expect(matches('abc')).toBe('Could not get version from string: "abc"');
    expect(matches('|| 1.0.0')).toBe("First element in range is '||'");
    expect(matches('1.0.0 ||')).toBe("Last element in range is '||'");
    expect(matches('~1.0.0')).toBe('Could not parse Range "~1.0.0": Could not parse comparator "~" in "~1.0.0"');
    expect(matches('>=01.0.0')).toBe('Could not parse Range ">=01.0.0": Could not parse version "01.0.0" in ">=01.0.0": Major number must not contain leading zeroes "01"');
    expect(errorOf("version_settings(constraint='>=0.23')")).toBe(
      'Error in version_settings: error parsing version constraint: Could not parse Range ">=0.23": Could not parse version "0.23" in ">=0.23": No Major.Minor.Patch elements found',
    );
  });
});

describe('update_settings', () => {
  it("checks values itself, naming the parameter and Go's type", () => {
    expect(errorOf("update_settings(max_parallel_updates='2')")).toBe(
      'Error in update_settings: update_settings: for parameter "max_parallel_updates": got starlark.String, want int',
    );
    expect(errorOf('update_settings(k8s_upsert_timeout_secs=0)')).toBe('Error in update_settings: minimum k8s upsert timeout is 1s; got 0s');
    expect(errorOf("update_settings(k8s_server_side_apply='yes')")).toBe(
      'Error in update_settings: update_settings: k8s_server_side_apply must be "true", "false", or "auto"; got "yes"',
    );
    expect(errorOf('update_settings(max_parallel_updates=1 << 40)')).toBe(
      'Error in update_settings: update_settings: for parameter "max_parallel_updates": 1099511627776 out of range',
    );
  });

  it('treats None as not passed', () => {
    const r = runTiltfile("update_settings(max_parallel_updates=2)\nupdate_settings(max_parallel_updates=None, k8s_upsert_timeout_secs=None)\nlocal_resource('a', cmd='a')");
    expect(r.result.updateSettings).toEqual({ maxParallelUpdates: 2, k8sUpsertTimeoutSecs: 30, suppressUnusedImageWarnings: [], k8sServerSideApply: 'auto' });
  });
});

describe('other settings', () => {
  it('have defaults when not called', () => {
    const r = runTiltfile("local_resource('a', cmd='a')");
    expect(r.result.ciSettings).toEqual({ k8sGracePeriod: '', timeout: '', readinessTimeout: '5m0s' });
    expect(r.result.featureFlags).toEqual({ snapshots: true, cluster_refresh: false });
    expect(r.result.dockerPruneSettings).toEqual({ disable: false, maxAgeMins: 360, numBuilds: 0, intervalHrs: 1, keepRecent: 2 });
    expect(r.result.watchSettings).toEqual({ ignores: [] });
    expect(r.result.telemetrySettings).toBeNull();
  });

  it('docker_prune_settings re-enables pruning unless disabled', () => {
    const r = runTiltfile("docker_prune_settings(disable=True)\ndocker_prune_settings(interval_hrs=4)\nlocal_resource('a', cmd='a')");
    expect(r.result.dockerPruneSettings).toEqual({ disable: false, maxAgeMins: 360, numBuilds: 0, intervalHrs: 4, keepRecent: 2 });
    expect(errorOf("docker_prune_settings(keep_recent='x')")).toBe('Error in docker_prune_settings: got string, want int');
  });

  it('check their arguments', () => {
    expect(errorOf('secret_settings()')).toBe('Error in secret_settings: secret_settings: missing argument for disable_scrub');
    expect(errorOf('analytics_settings(1)')).toBe('Error in analytics_settings: analytics_settings: for parameter enable: got int, want bool');
    expect(errorOf("set_team('')")).toBe('Error in set_team: team_id cannot be empty');
    expect(errorOf("ci_settings(k8s_grace_period=30)")).toBe('Error in ci_settings: ci_settings: for parameter "k8s_grace_period": Expected string. Got: int');
    expect(errorOf("experimental_telemetry_cmd('')")).toBe('Error in experimental_telemetry_cmd: cmd cannot be empty');
    expect(errorOf("experimental_telemetry_cmd('a.sh')\nexperimental_telemetry_cmd('b.sh')")).toBe(
      'Error in experimental_telemetry_cmd: experimental_telemetry_cmd called multiple times; already set to a.sh',
    );
    expect(errorOf('disable_snapshots(True)')).toBe('Error in disable_snapshots: disable_snapshots: got 1 arguments, want at most 0');
    expect(errorOf("experimental_analytics_report({'a': 1})")).toBe('Error in experimental_analytics_report: experimental_analytics_report: for parameter tags: value is not a string: starlark.Int (1)');
  });

  it('feature flags: unknown ones fail, obsolete ones warn, disable_feature works', () => {
    const r = runTiltfile("disable_feature('cluster_refresh')\nenable_feature(msg='events')\nexperimental_metrics_settings(1, x=2)\nlocal_resource('a', cmd='a')");
    expect(r.result.error).toBeNull();
    expect(r.result.featureFlags).toEqual({ snapshots: true, cluster_refresh: false });
    expect(r.result.warnings).toEqual(['Obsolete feature flag: events']);
    expect(r.logs).toContain('experimental_metrics_settings() is deprecated');
    expect(errorOf("disable_feature('nope')")).toBe('Error in disable_feature: Unknown feature flag: nope');
  });
});

describe('.tiltignore', () => {
  it('is read like a .dockerignore', () => {
    expect(parseIgnoreFile('\uFEFF# comment\n  *.log  \n\n/abs/path/\n! keep.log\nsub/../x\n #not a comment\n')).toEqual([
      '*.log',
      'abs/path',
      '!keep.log',
      'x',
      '#not a comment',
    ]);
  });

  it('becomes the first watch ignore, relative to the main Tiltfile', () => {
    const r = runTiltfile("watch_settings('tmp/')\nlocal_resource('a', cmd='a')", { '.tiltignore': 'dist\n' });
    expect(r.result.watchSettings.ignores).toEqual([
      { basePath: r.dir, patterns: ['dist'] },
      { basePath: r.dir, patterns: ['tmp/'] },
    ]);
  });
});
