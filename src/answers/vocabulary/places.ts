// Place names people write without 市/区 (宝安, 广州): not in the store, they must read as an unknown organ
// ("no report for 宝安") rather than a question with no organ. A gazetteer of common names, not of the store.

/** Cities, provinces and districts often named bare in a chat; a name the store holds is never unknown. */
export const BARE_PLACE_NAMES: readonly string[] = [
  // Districts of Shenzhen and Guangzhou.
  '福田', '罗湖', '盐田', '宝安', '龙岗', '南山', '龙华', '坪山', '光明', '大鹏', '前海', '深汕',
  '天河', '越秀', '海珠', '荔湾', '白云', '黄埔', '番禺', '花都', '南沙', '从化', '增城',
  // Cities.
  '北京', '上海', '天津', '重庆', '深圳', '广州', '东莞', '佛山', '珠海', '惠州', '中山', '江门', '汕头', '湛江',
  '杭州', '宁波', '南京', '苏州', '无锡', '武汉', '长沙', '成都', '西安', '郑州', '济南', '青岛', '厦门', '福州',
  '合肥', '南昌', '昆明', '贵阳', '南宁', '海口', '沈阳', '大连', '长春', '哈尔滨', '石家庄', '太原', '兰州', '西宁',
  '银川', '乌鲁木齐', '拉萨', '呼和浩特', '香港', '澳门',
  // Provinces.
  '广东', '浙江', '江苏', '湖北', '湖南', '四川', '陕西', '河南', '山东', '福建', '安徽', '江西', '云南', '贵州',
  '广西', '海南', '辽宁', '吉林', '黑龙江', '河北', '山西', '甘肃', '青海', '宁夏', '新疆', '西藏', '内蒙古',
];
