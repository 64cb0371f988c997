module.exports = { ...require('../../jest.preset.js'), displayName: 'assessments', rootDir: __dirname };
