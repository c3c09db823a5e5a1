import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig, requireServices } from '../../platform/config.js';

describe('loadConfig', () => {
  it('uses the embedded defaults when nothing is set', () => {
    const config = loadConfig({});
    assert.equal(config.port, 3000);
    assert.equal(config.databaseUrl, undefined);
    assert.equal(config.temporalAddress, undefined);
    assert.equal(config.temporalUiUrl, 'http://localhost:8233');
    assert.match(config.dataDir, /\/data$/);
    assert.equal(config.demoData, true);
  });

  it('names the variable and the bad value in one line', () => {
    assert.throws(
      () => loadConfig({ PORT: 'abc' }),
      (error: Error) => {
        assert.ok(error instanceof ConfigError);
        assert.match(error.message, /^Configuration error: PORT .*\(got "abc"\)$/);
        assert.equal(error.message.includes('\n'), false);
        return true;
      },
    );
  });

  it('refuses a DATABASE_URL that is not a PostgreSQL URL', () => {
    assert.throws(
      () => loadConfig({ DATABASE_URL: 'mysql://x@y/z' }),
      /DATABASE_URL must be a URL starting with postgres:/,
    );
  });

  it('refuses a TEMPORAL_ADDRESS without a port', () => {
    assert.throws(() => loadConfig({ TEMPORAL_ADDRESS: 'temporal' }), /TEMPORAL_ADDRESS must be host:port/);
  });

  it('reads each Löschfrist from its variable and refuses a negative one', () => {
    const config = loadConfig({ LOESCHFRIST_EINGANG_TAGE: '30' });
    assert.equal(config.loeschfristen.eingang, 30);
    assert.equal(config.loeschfristen.audit, 730);
    assert.throws(
      () => loadConfig({ LOESCHFRIST_BRIEF_TAGE: '-1' }),
      /Configuration error: LOESCHFRIST_BRIEF_TAGE .*\(got "-1"\)$/,
    );
  });

  it('treats empty variables as unset', () => {
    assert.equal(loadConfig({ DATABASE_URL: '' }).databaseUrl, undefined);
  });

  it('requires both service addresses for web and worker processes', () => {
    assert.throws(
      () => requireServices(loadConfig({ TEMPORAL_ADDRESS: 'localhost:7233' })),
      /DATABASE_URL is required/,
    );
    assert.throws(
      () => requireServices(loadConfig({ DATABASE_URL: 'postgres://u:p@h/db' })),
      /TEMPORAL_ADDRESS is required/,
    );
    const config = requireServices(
      loadConfig({ DATABASE_URL: 'postgres://u:p@h/db', TEMPORAL_ADDRESS: 'localhost:7233' }),
    );
    assert.equal(config.temporalAddress, 'localhost:7233');
  });
});
