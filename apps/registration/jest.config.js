module.exports = { ...require('../../jest.preset.js'), displayName: 'registration', rootDir: __dirname };
