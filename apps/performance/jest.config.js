module.exports = { ...require('../../jest.preset.js'), displayName: 'performance', rootDir: __dirname };
