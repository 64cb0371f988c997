module.exports = { ...require('../../../jest.preset.js'), displayName: 'platform-documents', rootDir: __dirname };
