import { channelLimit } from './channel-limits';

describe('channelLimit', () => {
  const limits = { bluesky: 300, x: 280, linkedin: 3000 };

  it('takes the limit of the network a channel names or starts with', () => {
    expect(channelLimit('bluesky', limits)).toBe(300);
    expect(channelLimit('bluesky-studio', limits)).toBe(300);
    expect(channelLimit('x-main', limits)).toBe(280);
    expect(channelLimit('xylophone', limits)).toBeUndefined();
    expect(channelLimit('blog', limits)).toBeUndefined();
  });
});
