module.exports = { ...require('../../jest.preset.js'), displayName: 'board', rootDir: __dirname };
