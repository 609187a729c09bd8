; ModuleID = 'llama3_8b'
source_filename = "llama3_8b"
target triple = "x86_64-unknown-linux-gnu"

@llama3_8b.name = private unnamed_addr constant [10 x i8] c"llama3_8b\00"
@llama3_8b.spec = private unnamed_addr constant [250 x i8] c"attncc: 1\0Aname: llama3_8b\0Aphase: mixed\0Aheads: {q: 32, kv: 8, dim: 128, v_dim: 128}\0Atypes: {q: f32, cache: f16, out: f32}\0Ascale: auto\0Acache: {store: kv, layout: contiguous, order: token_major, capacity: 8192}\0Amask: {causal: true}\0Aoutput: {lse: true}\0A\00"
@llama3_8b_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float } { i32 1, i32 1, i64 -3731649210483418993, ptr @llama3_8b.name, ptr @llama3_8b.spec, i32 32, i32 8, i32 128, i32 128, i32 0, i32 1, i32 0, i32 2, i32 0, i32 0, i32 8192, i32 1, i32 1, float 0x3FB6A09E60000000 }, align 8
@llama3_8b_kernel = internal constant { ptr, ptr, i32, i32, i32, i32 } { ptr @llama3_8b_info_data, ptr @llama3_8b_tile, i32 22, i32 4, i32 16, i32 256 }, align 8

; Function Attrs: nounwind
define internal void @llama3_8b_tile(ptr %0, ptr %1) #0 {
entry:
  %blim657 = alloca [3 x i32], align 64
  %bacc658 = alloca [24 x <16 x float>], align 64
  %bl659 = alloca [3 x <16 x float>], align 64
  %bm660 = alloca [3 x float], align 64
  %ms661 = alloca [90 x float], align 64
  %ls662 = alloca [90 x <16 x float>], align 64
  %accs663 = alloca [720 x <16 x float>], align 64
  %qs664 = alloca [720 x <16 x float>], align 64
  %q_row0 = load i64, ptr %1, align 4
  %2 = getelementptr i8, ptr %1, i64 8
  %seq = load i32, ptr %2, align 4
  %3 = getelementptr i8, ptr %1, i64 12
  %kv_head = load i32, ptr %3, align 4
  %4 = getelementptr i8, ptr %1, i64 16
  %h_begin = load i32, ptr %4, align 4
  %5 = getelementptr i8, ptr %1, i64 20
  %h_end = load i32, ptr %5, align 4
  %nh = sub i32 %h_end, %h_begin
  %6 = getelementptr i8, ptr %1, i64 24
  %q_begin = load i32, ptr %6, align 4
  %7 = getelementptr i8, ptr %1, i64 28
  %q_end = load i32, ptr %7, align 4
  %8 = sub i32 %q_end, %q_begin
  %nrows = mul i32 %8, %nh
  %nrows.fr = freeze i32 %nrows
  %9 = getelementptr i8, ptr %1, i64 32
  %q_pos0 = load i32, ptr %9, align 4
  %10 = getelementptr i8, ptr %1, i64 36
  %k_begin = load i32, ptr %10, align 4
  %11 = getelementptr i8, ptr %1, i64 40
  %k_end = load i32, ptr %11, align 4
  %12 = getelementptr i8, ptr %1, i64 48
  %part = load ptr, ptr %12, align 8
  %13 = getelementptr i8, ptr %0, i64 32
  %q = load ptr, ptr %13, align 8
  %14 = getelementptr i8, ptr %0, i64 40
  %out = load ptr, ptr %14, align 8
  %15 = getelementptr i8, ptr %0, i64 48
  %lse = load ptr, ptr %15, align 8
  %16 = getelementptr i8, ptr %0, i64 56
  %k_cache = load ptr, ptr %16, align 8
  %17 = sext i32 %seq to i64
  %18 = sext i32 %kv_head to i64
  %19 = shl nsw i64 %17, 24
  %20 = shl nsw i64 %18, 8
  %21 = add nsw i64 %19, %20
  %22 = getelementptr i8, ptr %k_cache, i64 %21
  %23 = getelementptr i8, ptr %0, i64 64
  %v_cache = load ptr, ptr %23, align 8
  %24 = getelementptr i8, ptr %v_cache, i64 %21
  %25 = icmp sgt i32 %nrows.fr, 0
  br i1 %25, label %work, label %done

work:                                             ; preds = %entry
  %26 = add nuw i32 %nrows.fr, 2
  %27 = srem i32 %26, 3
  %nrows_pad = sub nsw i32 %26, %27
  %28 = add nsw i32 %nrows.fr, -1
  %29 = shl i32 %kv_head, 2
  br label %qrow

done:                                             ; preds = %orow638, %entry
  ret void

qrow:                                             ; preds = %body, %work
  %qrow1 = phi i32 [ 0, %work ], [ %94, %body ]
  %30 = icmp slt i32 %qrow1, %nrows_pad
  br i1 %30, label %body, label %exit

body:                                             ; preds = %qrow
  %31 = icmp slt i32 %qrow1, %nrows.fr
  %32 = call i32 @llvm.smin.i32(i32 %qrow1, i32 %28)
  %33 = sdiv i32 %32, %nh
  %qi = add i32 %q_begin, %33
  %34 = srem i32 %32, %nh
  %h = add i32 %h_begin, %34
  %hq = add i32 %29, %h
  %35 = sext i32 %qi to i64
  %36 = add i64 %q_row0, %35
  %37 = sext i32 %hq to i64
  %38 = shl i64 %36, 14
  %39 = shl nsw i64 %37, 9
  %40 = getelementptr i8, ptr %q, i64 %38
  %41 = getelementptr i8, ptr %40, i64 %39
  %42 = select i1 %31, float 0x3FC0527DC0000000, float 0.000000e+00
  %43 = insertelement <16 x float> poison, float %42, i64 0
  %splat = shufflevector <16 x float> %43, <16 x float> poison, <16 x i32> zeroinitializer
  %44 = zext nneg i32 %qrow1 to i64
  %45 = load <16 x float>, ptr %41, align 4
  %46 = fmul <16 x float> %45, %splat
  %47 = shl nuw nsw i64 %44, 3
  %48 = getelementptr <16 x float>, ptr %qs664, i64 %47
  store <16 x float> %46, ptr %48, align 64
  %49 = getelementptr i8, ptr %41, i64 64
  %50 = load <16 x float>, ptr %49, align 4
  %51 = fmul <16 x float> %50, %splat
  %52 = or disjoint i64 %47, 1
  %53 = getelementptr <16 x float>, ptr %qs664, i64 %52
  store <16 x float> %51, ptr %53, align 64
  %54 = getelementptr i8, ptr %41, i64 128
  %55 = load <16 x float>, ptr %54, align 4
  %56 = fmul <16 x float> %55, %splat
  %57 = or disjoint i64 %47, 2
  %58 = getelementptr <16 x float>, ptr %qs664, i64 %57
  store <16 x float> %56, ptr %58, align 64
  %59 = getelementptr i8, ptr %41, i64 192
  %60 = load <16 x float>, ptr %59, align 4
  %61 = fmul <16 x float> %60, %splat
  %62 = or disjoint i64 %47, 3
  %63 = getelementptr <16 x float>, ptr %qs664, i64 %62
  store <16 x float> %61, ptr %63, align 64
  %64 = getelementptr i8, ptr %41, i64 256
  %65 = load <16 x float>, ptr %64, align 4
  %66 = fmul <16 x float> %65, %splat
  %67 = or disjoint i64 %47, 4
  %68 = getelementptr <16 x float>, ptr %qs664, i64 %67
  store <16 x float> %66, ptr %68, align 64
  %69 = getelementptr i8, ptr %41, i64 320
  %70 = load <16 x float>, ptr %69, align 4
  %71 = fmul <16 x float> %70, %splat
  %72 = or disjoint i64 %47, 5
  %73 = getelementptr <16 x float>, ptr %qs664, i64 %72
  store <16 x float> %71, ptr %73, align 64
  %74 = getelementptr i8, ptr %41, i64 384
  %75 = load <16 x float>, ptr %74, align 4
  %76 = fmul <16 x float> %75, %splat
  %77 = or disjoint i64 %47, 6
  %78 = getelementptr <16 x float>, ptr %qs664, i64 %77
  store <16 x float> %76, ptr %78, align 64
  %79 = getelementptr i8, ptr %41, i64 448
  %80 = load <16 x float>, ptr %79, align 4
  %81 = fmul <16 x float> %80, %splat
  %82 = or disjoint i64 %47, 7
  %83 = getelementptr <16 x float>, ptr %qs664, i64 %82
  store <16 x float> %81, ptr %83, align 64
  %84 = getelementptr <16 x float>, ptr %accs663, i64 %47
  store <16 x float> zeroinitializer, ptr %84, align 64
  %85 = getelementptr <16 x float>, ptr %accs663, i64 %52
  store <16 x float> zeroinitializer, ptr %85, align 64
  %86 = getelementptr <16 x float>, ptr %accs663, i64 %57
  store <16 x float> zeroinitializer, ptr %86, align 64
  %87 = getelementptr <16 x float>, ptr %accs663, i64 %62
  store <16 x float> zeroinitializer, ptr %87, align 64
  %88 = getelementptr <16 x float>, ptr %accs663, i64 %67
  store <16 x float> zeroinitializer, ptr %88, align 64
  %89 = getelementptr <16 x float>, ptr %accs663, i64 %72
  store <16 x float> zeroinitializer, ptr %89, align 64
  %90 = getelementptr <16 x float>, ptr %accs663, i64 %77
  store <16 x float> zeroinitializer, ptr %90, align 64
  %91 = getelementptr <16 x float>, ptr %accs663, i64 %82
  store <16 x float> zeroinitializer, ptr %91, align 64
  %92 = getelementptr float, ptr %ms661, i64 %44
  store float 0xFFF0000000000000, ptr %92, align 4
  %93 = getelementptr <16 x float>, ptr %ls662, i64 %44
  store <16 x float> zeroinitializer, ptr %93, align 64
  %94 = add nuw nsw i32 %qrow1, 1
  br label %qrow

exit:                                             ; preds = %qrow
  %95 = add i32 %q_pos0, %q_end
  %96 = call i32 @llvm.smin.i32(i32 %k_end, i32 %95)
  %97 = getelementptr inbounds i8, ptr %bacc658, i64 64
  %98 = getelementptr inbounds i8, ptr %bacc658, i64 128
  %99 = getelementptr inbounds i8, ptr %bacc658, i64 192
  %100 = getelementptr inbounds i8, ptr %bacc658, i64 256
  %101 = getelementptr inbounds i8, ptr %bacc658, i64 320
  %102 = getelementptr inbounds i8, ptr %bacc658, i64 384
  %103 = getelementptr inbounds i8, ptr %bacc658, i64 448
  %104 = getelementptr inbounds i8, ptr %bm660, i64 4
  %105 = getelementptr inbounds i8, ptr %bl659, i64 64
  %106 = getelementptr inbounds i8, ptr %bacc658, i64 512
  %107 = getelementptr inbounds i8, ptr %bacc658, i64 576
  %108 = getelementptr inbounds i8, ptr %bacc658, i64 640
  %109 = getelementptr inbounds i8, ptr %bacc658, i64 704
  %110 = getelementptr inbounds i8, ptr %bacc658, i64 768
  %111 = getelementptr inbounds i8, ptr %bacc658, i64 832
  %112 = getelementptr inbounds i8, ptr %bacc658, i64 896
  %113 = getelementptr inbounds i8, ptr %bacc658, i64 960
  %114 = getelementptr inbounds i8, ptr %blim657, i64 4
  %115 = getelementptr inbounds i8, ptr %bm660, i64 8
  %116 = getelementptr inbounds i8, ptr %bl659, i64 128
  %117 = getelementptr inbounds i8, ptr %bacc658, i64 1024
  %118 = getelementptr inbounds i8, ptr %bacc658, i64 1088
  %119 = getelementptr inbounds i8, ptr %bacc658, i64 1152
  %120 = getelementptr inbounds i8, ptr %bacc658, i64 1216
  %121 = getelementptr inbounds i8, ptr %bacc658, i64 1280
  %122 = getelementptr inbounds i8, ptr %bacc658, i64 1344
  %123 = getelementptr inbounds i8, ptr %bacc658, i64 1408
  %124 = getelementptr inbounds i8, ptr %bacc658, i64 1472
  %125 = getelementptr inbounds i8, ptr %blim657, i64 8
  %126 = add i32 %k_end, -1
  br label %ktile

ktile:                                            ; preds = %rblock, %exit
  %ktile5 = phi i32 [ %k_begin, %exit ], [ %128, %rblock ]
  %127 = icmp slt i32 %ktile5, %96
  br i1 %127, label %rblock.preheader, label %orow638.preheader

rblock.preheader:                                 ; preds = %ktile
  %128 = add i32 %ktile5, 512
  br label %rblock

orow638.preheader:                                ; preds = %ktile
  %.not = icmp eq ptr %part, null
  %129 = zext nneg i32 %nrows.fr to i64
  %130 = shl nuw nsw i64 %129, 7
  %invariant.gep = getelementptr float, ptr %part, i64 %129
  br label %orow638

rblock:                                           ; preds = %rblock.preheader, %join
  %rblock9 = phi i32 [ %277, %join ], [ 0, %rblock.preheader ]
  %131 = icmp slt i32 %rblock9, %nrows_pad
  br i1 %131, label %body6, label %ktile

body6:                                            ; preds = %rblock
  %132 = call i32 @llvm.smin.i32(i32 %rblock9, i32 %28)
  %133 = sdiv i32 %132, %nh
  %134 = add i32 %q_begin, %133
  %135 = add i32 %q_pos0, %134
  %136 = add i32 %135, 1
  %137 = call i32 @llvm.smin.i32(i32 %136, i32 %k_end)
  %138 = add nuw i32 %rblock9, 2
  %139 = call i32 @llvm.smin.i32(i32 %138, i32 %28)
  %140 = sdiv i32 %139, %nh
  %141 = add i32 %q_begin, %140
  %142 = add i32 %q_pos0, %141
  %143 = add i32 %142, 1
  %144 = call i32 @llvm.smin.i32(i32 %143, i32 %k_end)
  %145 = call i32 @llvm.smin.i32(i32 %128, i32 %144)
  %146 = call i32 @llvm.smin.i32(i32 %128, i32 %137)
  %147 = sub i32 %146, %ktile5
  %148 = call i32 @llvm.smax.i32(i32 %147, i32 0)
  %149 = and i32 %148, 2147483632
  %fend = add i32 %ktile5, %149
  %150 = call i32 @llvm.smin.i32(i32 %fend, i32 %145)
  %151 = icmp slt i32 %ktile5, %145
  br i1 %151, label %visit, label %join

visit:                                            ; preds = %body6
  %152 = zext nneg i32 %rblock9 to i64
  %153 = getelementptr float, ptr %ms661, i64 %152
  %154 = getelementptr <16 x float>, ptr %ls662, i64 %152
  %155 = load float, ptr %153, align 4
  store float %155, ptr %bm660, align 4
  %156 = load <16 x float>, ptr %154, align 64
  store <16 x float> %156, ptr %bl659, align 64
  %157 = shl nuw nsw i64 %152, 3
  %158 = getelementptr <16 x float>, ptr %accs663, i64 %157
  %159 = load <16 x float>, ptr %158, align 64
  store <16 x float> %159, ptr %bacc658, align 64
  %160 = or disjoint i64 %157, 1
  %161 = getelementptr <16 x float>, ptr %accs663, i64 %160
  %162 = load <16 x float>, ptr %161, align 64
  store <16 x float> %162, ptr %97, align 64
  %163 = or disjoint i64 %157, 2
  %164 = getelementptr <16 x float>, ptr %accs663, i64 %163
  %165 = load <16 x float>, ptr %164, align 64
  store <16 x float> %165, ptr %98, align 64
  %166 = or disjoint i64 %157, 3
  %167 = getelementptr <16 x float>, ptr %accs663, i64 %166
  %168 = load <16 x float>, ptr %167, align 64
  store <16 x float> %168, ptr %99, align 64
  %169 = or disjoint i64 %157, 4
  %170 = getelementptr <16 x float>, ptr %accs663, i64 %169
  %171 = load <16 x float>, ptr %170, align 64
  store <16 x float> %171, ptr %100, align 64
  %172 = or disjoint i64 %157, 5
  %173 = getelementptr <16 x float>, ptr %accs663, i64 %172
  %174 = load <16 x float>, ptr %173, align 64
  store <16 x float> %174, ptr %101, align 64
  %175 = or disjoint i64 %157, 6
  %176 = getelementptr <16 x float>, ptr %accs663, i64 %175
  %177 = load <16 x float>, ptr %176, align 64
  store <16 x float> %177, ptr %102, align 64
  %178 = or disjoint i64 %157, 7
  %179 = getelementptr <16 x float>, ptr %accs663, i64 %178
  %180 = load <16 x float>, ptr %179, align 64
  store <16 x float> %180, ptr %103, align 64
  store i32 %137, ptr %blim657, align 4
  %181 = add nuw nsw i64 %152, 1
  %182 = getelementptr float, ptr %ms661, i64 %181
  %183 = getelementptr <16 x float>, ptr %ls662, i64 %181
  %184 = load float, ptr %182, align 4
  store float %184, ptr %104, align 4
  %185 = load <16 x float>, ptr %183, align 64
  store <16 x float> %185, ptr %105, align 64
  %186 = shl nuw nsw i64 %181, 3
  %187 = getelementptr <16 x float>, ptr %accs663, i64 %186
  %188 = load <16 x float>, ptr %187, align 64
  store <16 x float> %188, ptr %106, align 64
  %189 = or disjoint i64 %186, 1
  %190 = getelementptr <16 x float>, ptr %accs663, i64 %189
  %191 = load <16 x float>, ptr %190, align 64
  store <16 x float> %191, ptr %107, align 64
  %192 = or disjoint i64 %186, 2
  %193 = getelementptr <16 x float>, ptr %accs663, i64 %192
  %194 = load <16 x float>, ptr %193, align 64
  store <16 x float> %194, ptr %108, align 64
  %195 = or disjoint i64 %186, 3
  %196 = getelementptr <16 x float>, ptr %accs663, i64 %195
  %197 = load <16 x float>, ptr %196, align 64
  store <16 x float> %197, ptr %109, align 64
  %198 = or disjoint i64 %186, 4
  %199 = getelementptr <16 x float>, ptr %accs663, i64 %198
  %200 = load <16 x float>, ptr %199, align 64
  store <16 x float> %200, ptr %110, align 64
  %201 = or disjoint i64 %186, 5
  %202 = getelementptr <16 x float>, ptr %accs663, i64 %201
  %203 = load <16 x float>, ptr %202, align 64
  store <16 x float> %203, ptr %111, align 64
  %204 = or disjoint i64 %186, 6
  %205 = getelementptr <16 x float>, ptr %accs663, i64 %204
  %206 = load <16 x float>, ptr %205, align 64
  store <16 x float> %206, ptr %112, align 64
  %207 = or disjoint i64 %186, 7
  %208 = getelementptr <16 x float>, ptr %accs663, i64 %207
  %209 = load <16 x float>, ptr %208, align 64
  store <16 x float> %209, ptr %113, align 64
  %210 = trunc nuw i64 %181 to i32
  %211 = call i32 @llvm.smin.i32(i32 %210, i32 %28)
  %212 = sdiv i32 %211, %nh
  %213 = add i32 %q_begin, %212
  %214 = add i32 %q_pos0, %213
  %215 = add i32 %214, 1
  %216 = call i32 @llvm.smin.i32(i32 %215, i32 %k_end)
  store i32 %216, ptr %114, align 4
  %217 = add nuw nsw i64 %152, 2
  %218 = getelementptr float, ptr %ms661, i64 %217
  %219 = getelementptr <16 x float>, ptr %ls662, i64 %217
  %220 = load float, ptr %218, align 4
  store float %220, ptr %115, align 4
  %221 = load <16 x float>, ptr %219, align 64
  store <16 x float> %221, ptr %116, align 64
  %222 = shl nuw nsw i64 %217, 3
  %223 = getelementptr <16 x float>, ptr %accs663, i64 %222
  %224 = load <16 x float>, ptr %223, align 64
  store <16 x float> %224, ptr %117, align 64
  %225 = or disjoint i64 %222, 1
  %226 = getelementptr <16 x float>, ptr %accs663, i64 %225
  %227 = load <16 x float>, ptr %226, align 64
  store <16 x float> %227, ptr %118, align 64
  %228 = or disjoint i64 %222, 2
  %229 = getelementptr <16 x float>, ptr %accs663, i64 %228
  %230 = load <16 x float>, ptr %229, align 64
  store <16 x float> %230, ptr %119, align 64
  %231 = or disjoint i64 %222, 3
  %232 = getelementptr <16 x float>, ptr %accs663, i64 %231
  %233 = load <16 x float>, ptr %232, align 64
  store <16 x float> %233, ptr %120, align 64
  %234 = or disjoint i64 %222, 4
  %235 = getelementptr <16 x float>, ptr %accs663, i64 %234
  %236 = load <16 x float>, ptr %235, align 64
  store <16 x float> %236, ptr %121, align 64
  %237 = or disjoint i64 %222, 5
  %238 = getelementptr <16 x float>, ptr %accs663, i64 %237
  %239 = load <16 x float>, ptr %238, align 64
  store <16 x float> %239, ptr %122, align 64
  %240 = or disjoint i64 %222, 6
  %241 = getelementptr <16 x float>, ptr %accs663, i64 %240
  %242 = load <16 x float>, ptr %241, align 64
  store <16 x float> %242, ptr %123, align 64
  %243 = or disjoint i64 %222, 7
  %244 = getelementptr <16 x float>, ptr %accs663, i64 %243
  %245 = load <16 x float>, ptr %244, align 64
  store <16 x float> %245, ptr %124, align 64
  %246 = trunc nuw i64 %217 to i32
  %247 = call i32 @llvm.smin.i32(i32 %246, i32 %28)
  %248 = sdiv i32 %247, %nh
  %249 = add i32 %q_begin, %248
  %250 = add i32 %q_pos0, %249
  %251 = add i32 %250, 1
  %252 = call i32 @llvm.smin.i32(i32 %251, i32 %k_end)
  store i32 %252, ptr %125, align 4
  %253 = getelementptr <16 x float>, ptr %qs664, i64 %157
  %254 = getelementptr <16 x float>, ptr %qs664, i64 %160
  %255 = getelementptr <16 x float>, ptr %qs664, i64 %163
  %256 = getelementptr <16 x float>, ptr %qs664, i64 %166
  %257 = getelementptr <16 x float>, ptr %qs664, i64 %169
  %258 = getelementptr <16 x float>, ptr %qs664, i64 %172
  %259 = getelementptr <16 x float>, ptr %qs664, i64 %175
  %260 = getelementptr <16 x float>, ptr %qs664, i64 %178
  %261 = getelementptr <16 x float>, ptr %qs664, i64 %186
  %262 = getelementptr <16 x float>, ptr %qs664, i64 %189
  %263 = getelementptr <16 x float>, ptr %qs664, i64 %192
  %264 = getelementptr <16 x float>, ptr %qs664, i64 %195
  %265 = getelementptr <16 x float>, ptr %qs664, i64 %198
  %266 = getelementptr <16 x float>, ptr %qs664, i64 %201
  %267 = getelementptr <16 x float>, ptr %qs664, i64 %204
  %268 = getelementptr <16 x float>, ptr %qs664, i64 %207
  %269 = getelementptr <16 x float>, ptr %qs664, i64 %222
  %270 = getelementptr <16 x float>, ptr %qs664, i64 %225
  %271 = getelementptr <16 x float>, ptr %qs664, i64 %228
  %272 = getelementptr <16 x float>, ptr %qs664, i64 %231
  %273 = getelementptr <16 x float>, ptr %qs664, i64 %234
  %274 = getelementptr <16 x float>, ptr %qs664, i64 %237
  %275 = getelementptr <16 x float>, ptr %qs664, i64 %240
  %276 = getelementptr <16 x float>, ptr %qs664, i64 %243
  br label %kfull

join:                                             ; preds = %exit320, %body6
  %277 = add nuw nsw i32 %rblock9, 3
  br label %rblock

kfull:                                            ; preds = %body10, %visit
  %278 = phi <16 x float> [ %245, %visit ], [ %1963, %body10 ]
  %279 = phi <16 x float> [ %242, %visit ], [ %1958, %body10 ]
  %280 = phi <16 x float> [ %239, %visit ], [ %1953, %body10 ]
  %281 = phi <16 x float> [ %236, %visit ], [ %1948, %body10 ]
  %282 = phi <16 x float> [ %233, %visit ], [ %1943, %body10 ]
  %283 = phi <16 x float> [ %230, %visit ], [ %1938, %body10 ]
  %284 = phi <16 x float> [ %227, %visit ], [ %1933, %body10 ]
  %285 = phi <16 x float> [ %224, %visit ], [ %1928, %body10 ]
  %286 = phi <16 x float> [ %209, %visit ], [ %1962, %body10 ]
  %287 = phi <16 x float> [ %206, %visit ], [ %1957, %body10 ]
  %288 = phi <16 x float> [ %203, %visit ], [ %1952, %body10 ]
  %289 = phi <16 x float> [ %200, %visit ], [ %1947, %body10 ]
  %290 = phi <16 x float> [ %197, %visit ], [ %1942, %body10 ]
  %kfull13 = phi i32 [ %ktile5, %visit ], [ %1964, %body10 ]
  %291 = icmp slt i32 %kfull13, %150
  br i1 %291, label %body10, label %kmask

body10:                                           ; preds = %kfull
  %q14 = load <16 x float>, ptr %253, align 64
  %q15 = load <16 x float>, ptr %254, align 64
  %q16 = load <16 x float>, ptr %255, align 64
  %q17 = load <16 x float>, ptr %256, align 64
  %q18 = load <16 x float>, ptr %257, align 64
  %q19 = load <16 x float>, ptr %258, align 64
  %q20 = load <16 x float>, ptr %259, align 64
  %q21 = load <16 x float>, ptr %260, align 64
  %q22 = load <16 x float>, ptr %261, align 64
  %q23 = load <16 x float>, ptr %262, align 64
  %q24 = load <16 x float>, ptr %263, align 64
  %q25 = load <16 x float>, ptr %264, align 64
  %q26 = load <16 x float>, ptr %265, align 64
  %q27 = load <16 x float>, ptr %266, align 64
  %q28 = load <16 x float>, ptr %267, align 64
  %q29 = load <16 x float>, ptr %268, align 64
  %q30 = load <16 x float>, ptr %269, align 64
  %q31 = load <16 x float>, ptr %270, align 64
  %q32 = load <16 x float>, ptr %271, align 64
  %q33 = load <16 x float>, ptr %272, align 64
  %q34 = load <16 x float>, ptr %273, align 64
  %q35 = load <16 x float>, ptr %274, align 64
  %q36 = load <16 x float>, ptr %275, align 64
  %q37 = load <16 x float>, ptr %276, align 64
  %292 = sext i32 %kfull13 to i64
  %293 = shl nsw i64 %292, 11
  %294 = getelementptr i8, ptr %22, i64 %293
  %295 = load <16 x half>, ptr %294, align 2
  %f16 = fpext <16 x half> %295 to <16 x float>
  %296 = getelementptr i8, ptr %294, i64 32
  %297 = load <16 x half>, ptr %296, align 2
  %f1638 = fpext <16 x half> %297 to <16 x float>
  %298 = getelementptr i8, ptr %294, i64 64
  %299 = load <16 x half>, ptr %298, align 2
  %f1639 = fpext <16 x half> %299 to <16 x float>
  %300 = getelementptr i8, ptr %294, i64 96
  %301 = load <16 x half>, ptr %300, align 2
  %f1640 = fpext <16 x half> %301 to <16 x float>
  %302 = getelementptr i8, ptr %294, i64 128
  %303 = load <16 x half>, ptr %302, align 2
  %f1641 = fpext <16 x half> %303 to <16 x float>
  %304 = getelementptr i8, ptr %294, i64 160
  %305 = load <16 x half>, ptr %304, align 2
  %f1642 = fpext <16 x half> %305 to <16 x float>
  %306 = getelementptr i8, ptr %294, i64 192
  %307 = load <16 x half>, ptr %306, align 2
  %f1643 = fpext <16 x half> %307 to <16 x float>
  %308 = getelementptr i8, ptr %294, i64 224
  %309 = load <16 x half>, ptr %308, align 2
  %f1644 = fpext <16 x half> %309 to <16 x float>
  %310 = fmul <16 x float> %q14, %f16
  %311 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q15, <16 x float> %f1638, <16 x float> %310)
  %312 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q16, <16 x float> %f1639, <16 x float> %311)
  %313 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q17, <16 x float> %f1640, <16 x float> %312)
  %314 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q18, <16 x float> %f1641, <16 x float> %313)
  %315 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q19, <16 x float> %f1642, <16 x float> %314)
  %316 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %f1643, <16 x float> %315)
  %317 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %f1644, <16 x float> %316)
  %318 = fmul <16 x float> %q22, %f16
  %319 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q23, <16 x float> %f1638, <16 x float> %318)
  %320 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q24, <16 x float> %f1639, <16 x float> %319)
  %321 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q25, <16 x float> %f1640, <16 x float> %320)
  %322 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q26, <16 x float> %f1641, <16 x float> %321)
  %323 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %f1642, <16 x float> %322)
  %324 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q28, <16 x float> %f1643, <16 x float> %323)
  %325 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q29, <16 x float> %f1644, <16 x float> %324)
  %326 = fmul <16 x float> %q30, %f16
  %327 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q31, <16 x float> %f1638, <16 x float> %326)
  %328 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %f1639, <16 x float> %327)
  %329 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %f1640, <16 x float> %328)
  %330 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q34, <16 x float> %f1641, <16 x float> %329)
  %331 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %f1642, <16 x float> %330)
  %332 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %f1643, <16 x float> %331)
  %333 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %f1644, <16 x float> %332)
  %334 = add i32 %kfull13, 1
  %335 = sext i32 %334 to i64
  %336 = shl nsw i64 %335, 11
  %337 = getelementptr i8, ptr %22, i64 %336
  %338 = load <16 x half>, ptr %337, align 2
  %f1645 = fpext <16 x half> %338 to <16 x float>
  %339 = getelementptr i8, ptr %337, i64 32
  %340 = load <16 x half>, ptr %339, align 2
  %f1646 = fpext <16 x half> %340 to <16 x float>
  %341 = getelementptr i8, ptr %337, i64 64
  %342 = load <16 x half>, ptr %341, align 2
  %f1647 = fpext <16 x half> %342 to <16 x float>
  %343 = getelementptr i8, ptr %337, i64 96
  %344 = load <16 x half>, ptr %343, align 2
  %f1648 = fpext <16 x half> %344 to <16 x float>
  %345 = getelementptr i8, ptr %337, i64 128
  %346 = load <16 x half>, ptr %345, align 2
  %f1649 = fpext <16 x half> %346 to <16 x float>
  %347 = getelementptr i8, ptr %337, i64 160
  %348 = load <16 x half>, ptr %347, align 2
  %f1650 = fpext <16 x half> %348 to <16 x float>
  %349 = getelementptr i8, ptr %337, i64 192
  %350 = load <16 x half>, ptr %349, align 2
  %f1651 = fpext <16 x half> %350 to <16 x float>
  %351 = getelementptr i8, ptr %337, i64 224
  %352 = load <16 x half>, ptr %351, align 2
  %f1652 = fpext <16 x half> %352 to <16 x float>
  %353 = fmul <16 x float> %q14, %f1645
  %354 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q15, <16 x float> %f1646, <16 x float> %353)
  %355 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q16, <16 x float> %f1647, <16 x float> %354)
  %356 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q17, <16 x float> %f1648, <16 x float> %355)
  %357 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q18, <16 x float> %f1649, <16 x float> %356)
  %358 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q19, <16 x float> %f1650, <16 x float> %357)
  %359 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %f1651, <16 x float> %358)
  %360 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %f1652, <16 x float> %359)
  %361 = shufflevector <16 x float> %317, <16 x float> %360, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %362 = shufflevector <16 x float> %317, <16 x float> %360, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %363 = fadd <16 x float> %361, %362
  %364 = fmul <16 x float> %q22, %f1645
  %365 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q23, <16 x float> %f1646, <16 x float> %364)
  %366 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q24, <16 x float> %f1647, <16 x float> %365)
  %367 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q25, <16 x float> %f1648, <16 x float> %366)
  %368 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q26, <16 x float> %f1649, <16 x float> %367)
  %369 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %f1650, <16 x float> %368)
  %370 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q28, <16 x float> %f1651, <16 x float> %369)
  %371 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q29, <16 x float> %f1652, <16 x float> %370)
  %372 = shufflevector <16 x float> %325, <16 x float> %371, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %373 = shufflevector <16 x float> %325, <16 x float> %371, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %374 = fadd <16 x float> %372, %373
  %375 = fmul <16 x float> %q30, %f1645
  %376 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q31, <16 x float> %f1646, <16 x float> %375)
  %377 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %f1647, <16 x float> %376)
  %378 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %f1648, <16 x float> %377)
  %379 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q34, <16 x float> %f1649, <16 x float> %378)
  %380 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %f1650, <16 x float> %379)
  %381 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %f1651, <16 x float> %380)
  %382 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %f1652, <16 x float> %381)
  %383 = shufflevector <16 x float> %333, <16 x float> %382, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %384 = shufflevector <16 x float> %333, <16 x float> %382, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %385 = fadd <16 x float> %383, %384
  %386 = add i32 %kfull13, 2
  %387 = sext i32 %386 to i64
  %388 = shl nsw i64 %387, 11
  %389 = getelementptr i8, ptr %22, i64 %388
  %390 = load <16 x half>, ptr %389, align 2
  %f1653 = fpext <16 x half> %390 to <16 x float>
  %391 = getelementptr i8, ptr %389, i64 32
  %392 = load <16 x half>, ptr %391, align 2
  %f1654 = fpext <16 x half> %392 to <16 x float>
  %393 = getelementptr i8, ptr %389, i64 64
  %394 = load <16 x half>, ptr %393, align 2
  %f1655 = fpext <16 x half> %394 to <16 x float>
  %395 = getelementptr i8, ptr %389, i64 96
  %396 = load <16 x half>, ptr %395, align 2
  %f1656 = fpext <16 x half> %396 to <16 x float>
  %397 = getelementptr i8, ptr %389, i64 128
  %398 = load <16 x half>, ptr %397, align 2
  %f1657 = fpext <16 x half> %398 to <16 x float>
  %399 = getelementptr i8, ptr %389, i64 160
  %400 = load <16 x half>, ptr %399, align 2
  %f1658 = fpext <16 x half> %400 to <16 x float>
  %401 = getelementptr i8, ptr %389, i64 192
  %402 = load <16 x half>, ptr %401, align 2
  %f1659 = fpext <16 x half> %402 to <16 x float>
  %403 = getelementptr i8, ptr %389, i64 224
  %404 = load <16 x half>, ptr %403, align 2
  %f1660 = fpext <16 x half> %404 to <16 x float>
  %405 = fmul <16 x float> %q14, %f1653
  %406 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q15, <16 x float> %f1654, <16 x float> %405)
  %407 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q16, <16 x float> %f1655, <16 x float> %406)
  %408 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q17, <16 x float> %f1656, <16 x float> %407)
  %409 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q18, <16 x float> %f1657, <16 x float> %408)
  %410 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q19, <16 x float> %f1658, <16 x float> %409)
  %411 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %f1659, <16 x float> %410)
  %412 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %f1660, <16 x float> %411)
  %413 = fmul <16 x float> %q22, %f1653
  %414 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q23, <16 x float> %f1654, <16 x float> %413)
  %415 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q24, <16 x float> %f1655, <16 x float> %414)
  %416 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q25, <16 x float> %f1656, <16 x float> %415)
  %417 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q26, <16 x float> %f1657, <16 x float> %416)
  %418 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %f1658, <16 x float> %417)
  %419 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q28, <16 x float> %f1659, <16 x float> %418)
  %420 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q29, <16 x float> %f1660, <16 x float> %419)
  %421 = fmul <16 x float> %q30, %f1653
  %422 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q31, <16 x float> %f1654, <16 x float> %421)
  %423 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %f1655, <16 x float> %422)
  %424 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %f1656, <16 x float> %423)
  %425 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q34, <16 x float> %f1657, <16 x float> %424)
  %426 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %f1658, <16 x float> %425)
  %427 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %f1659, <16 x float> %426)
  %428 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %f1660, <16 x float> %427)
  %429 = add i32 %kfull13, 3
  %430 = sext i32 %429 to i64
  %431 = shl nsw i64 %430, 11
  %432 = getelementptr i8, ptr %22, i64 %431
  %433 = load <16 x half>, ptr %432, align 2
  %f1661 = fpext <16 x half> %433 to <16 x float>
  %434 = getelementptr i8, ptr %432, i64 32
  %435 = load <16 x half>, ptr %434, align 2
  %f1662 = fpext <16 x half> %435 to <16 x float>
  %436 = getelementptr i8, ptr %432, i64 64
  %437 = load <16 x half>, ptr %436, align 2
  %f1663 = fpext <16 x half> %437 to <16 x float>
  %438 = getelementptr i8, ptr %432, i64 96
  %439 = load <16 x half>, ptr %438, align 2
  %f1664 = fpext <16 x half> %439 to <16 x float>
  %440 = getelementptr i8, ptr %432, i64 128
  %441 = load <16 x half>, ptr %440, align 2
  %f1665 = fpext <16 x half> %441 to <16 x float>
  %442 = getelementptr i8, ptr %432, i64 160
  %443 = load <16 x half>, ptr %442, align 2
  %f1666 = fpext <16 x half> %443 to <16 x float>
  %444 = getelementptr i8, ptr %432, i64 192
  %445 = load <16 x half>, ptr %444, align 2
  %f1667 = fpext <16 x half> %445 to <16 x float>
  %446 = getelementptr i8, ptr %432, i64 224
  %447 = load <16 x half>, ptr %446, align 2
  %f1668 = fpext <16 x half> %447 to <16 x float>
  %448 = fmul <16 x float> %q14, %f1661
  %449 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q15, <16 x float> %f1662, <16 x float> %448)
  %450 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q16, <16 x float> %f1663, <16 x float> %449)
  %451 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q17, <16 x float> %f1664, <16 x float> %450)
  %452 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q18, <16 x float> %f1665, <16 x float> %451)
  %453 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q19, <16 x float> %f1666, <16 x float> %452)
  %454 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %f1667, <16 x float> %453)
  %455 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %f1668, <16 x float> %454)
  %456 = shufflevector <16 x float> %412, <16 x float> %455, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %457 = shufflevector <16 x float> %412, <16 x float> %455, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %458 = fadd <16 x float> %456, %457
  %459 = shufflevector <16 x float> %363, <16 x float> %458, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %460 = shufflevector <16 x float> %363, <16 x float> %458, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %461 = fadd <16 x float> %459, %460
  %462 = fmul <16 x float> %q22, %f1661
  %463 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q23, <16 x float> %f1662, <16 x float> %462)
  %464 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q24, <16 x float> %f1663, <16 x float> %463)
  %465 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q25, <16 x float> %f1664, <16 x float> %464)
  %466 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q26, <16 x float> %f1665, <16 x float> %465)
  %467 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %f1666, <16 x float> %466)
  %468 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q28, <16 x float> %f1667, <16 x float> %467)
  %469 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q29, <16 x float> %f1668, <16 x float> %468)
  %470 = shufflevector <16 x float> %420, <16 x float> %469, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %471 = shufflevector <16 x float> %420, <16 x float> %469, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %472 = fadd <16 x float> %470, %471
  %473 = shufflevector <16 x float> %374, <16 x float> %472, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %474 = shufflevector <16 x float> %374, <16 x float> %472, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %475 = fadd <16 x float> %473, %474
  %476 = fmul <16 x float> %q30, %f1661
  %477 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q31, <16 x float> %f1662, <16 x float> %476)
  %478 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %f1663, <16 x float> %477)
  %479 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %f1664, <16 x float> %478)
  %480 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q34, <16 x float> %f1665, <16 x float> %479)
  %481 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %f1666, <16 x float> %480)
  %482 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %f1667, <16 x float> %481)
  %483 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %f1668, <16 x float> %482)
  %484 = shufflevector <16 x float> %428, <16 x float> %483, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %485 = shufflevector <16 x float> %428, <16 x float> %483, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %486 = fadd <16 x float> %484, %485
  %487 = shufflevector <16 x float> %385, <16 x float> %486, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %488 = shufflevector <16 x float> %385, <16 x float> %486, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %489 = fadd <16 x float> %487, %488
  %490 = add i32 %kfull13, 4
  %491 = sext i32 %490 to i64
  %492 = shl nsw i64 %491, 11
  %493 = getelementptr i8, ptr %22, i64 %492
  %494 = load <16 x half>, ptr %493, align 2
  %f1669 = fpext <16 x half> %494 to <16 x float>
  %495 = getelementptr i8, ptr %493, i64 32
  %496 = load <16 x half>, ptr %495, align 2
  %f1670 = fpext <16 x half> %496 to <16 x float>
  %497 = getelementptr i8, ptr %493, i64 64
  %498 = load <16 x half>, ptr %497, align 2
  %f1671 = fpext <16 x half> %498 to <16 x float>
  %499 = getelementptr i8, ptr %493, i64 96
  %500 = load <16 x half>, ptr %499, align 2
  %f1672 = fpext <16 x half> %500 to <16 x float>
  %501 = getelementptr i8, ptr %493, i64 128
  %502 = load <16 x half>, ptr %501, align 2
  %f1673 = fpext <16 x half> %502 to <16 x float>
  %503 = getelementptr i8, ptr %493, i64 160
  %504 = load <16 x half>, ptr %503, align 2
  %f1674 = fpext <16 x half> %504 to <16 x float>
  %505 = getelementptr i8, ptr %493, i64 192
  %506 = load <16 x half>, ptr %505, align 2
  %f1675 = fpext <16 x half> %506 to <16 x float>
  %507 = getelementptr i8, ptr %493, i64 224
  %508 = load <16 x half>, ptr %507, align 2
  %f1676 = fpext <16 x half> %508 to <16 x float>
  %509 = fmul <16 x float> %q14, %f1669
  %510 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q15, <16 x float> %f1670, <16 x float> %509)
  %511 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q16, <16 x float> %f1671, <16 x float> %510)
  %512 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q17, <16 x float> %f1672, <16 x float> %511)
  %513 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q18, <16 x float> %f1673, <16 x float> %512)
  %514 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q19, <16 x float> %f1674, <16 x float> %513)
  %515 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %f1675, <16 x float> %514)
  %516 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %f1676, <16 x float> %515)
  %517 = fmul <16 x float> %q22, %f1669
  %518 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q23, <16 x float> %f1670, <16 x float> %517)
  %519 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q24, <16 x float> %f1671, <16 x float> %518)
  %520 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q25, <16 x float> %f1672, <16 x float> %519)
  %521 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q26, <16 x float> %f1673, <16 x float> %520)
  %522 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %f1674, <16 x float> %521)
  %523 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q28, <16 x float> %f1675, <16 x float> %522)
  %524 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q29, <16 x float> %f1676, <16 x float> %523)
  %525 = fmul <16 x float> %q30, %f1669
  %526 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q31, <16 x float> %f1670, <16 x float> %525)
  %527 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %f1671, <16 x float> %526)
  %528 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %f1672, <16 x float> %527)
  %529 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q34, <16 x float> %f1673, <16 x float> %528)
  %530 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %f1674, <16 x float> %529)
  %531 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %f1675, <16 x float> %530)
  %532 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %f1676, <16 x float> %531)
  %533 = add i32 %kfull13, 5
  %534 = sext i32 %533 to i64
  %535 = shl nsw i64 %534, 11
  %536 = getelementptr i8, ptr %22, i64 %535
  %537 = load <16 x half>, ptr %536, align 2
  %f1677 = fpext <16 x half> %537 to <16 x float>
  %538 = getelementptr i8, ptr %536, i64 32
  %539 = load <16 x half>, ptr %538, align 2
  %f1678 = fpext <16 x half> %539 to <16 x float>
  %540 = getelementptr i8, ptr %536, i64 64
  %541 = load <16 x half>, ptr %540, align 2
  %f1679 = fpext <16 x half> %541 to <16 x float>
  %542 = getelementptr i8, ptr %536, i64 96
  %543 = load <16 x half>, ptr %542, align 2
  %f1680 = fpext <16 x half> %543 to <16 x float>
  %544 = getelementptr i8, ptr %536, i64 128
  %545 = load <16 x half>, ptr %544, align 2
  %f1681 = fpext <16 x half> %545 to <16 x float>
  %546 = getelementptr i8, ptr %536, i64 160
  %547 = load <16 x half>, ptr %546, align 2
  %f1682 = fpext <16 x half> %547 to <16 x float>
  %548 = getelementptr i8, ptr %536, i64 192
  %549 = load <16 x half>, ptr %548, align 2
  %f1683 = fpext <16 x half> %549 to <16 x float>
  %550 = getelementptr i8, ptr %536, i64 224
  %551 = load <16 x half>, ptr %550, align 2
  %f1684 = fpext <16 x half> %551 to <16 x float>
  %552 = fmul <16 x float> %q14, %f1677
  %553 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q15, <16 x float> %f1678, <16 x float> %552)
  %554 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q16, <16 x float> %f1679, <16 x float> %553)
  %555 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q17, <16 x float> %f1680, <16 x float> %554)
  %556 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q18, <16 x float> %f1681, <16 x float> %555)
  %557 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q19, <16 x float> %f1682, <16 x float> %556)
  %558 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %f1683, <16 x float> %557)
  %559 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %f1684, <16 x float> %558)
  %560 = shufflevector <16 x float> %516, <16 x float> %559, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %561 = shufflevector <16 x float> %516, <16 x float> %559, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %562 = fadd <16 x float> %560, %561
  %563 = fmul <16 x float> %q22, %f1677
  %564 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q23, <16 x float> %f1678, <16 x float> %563)
  %565 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q24, <16 x float> %f1679, <16 x float> %564)
  %566 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q25, <16 x float> %f1680, <16 x float> %565)
  %567 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q26, <16 x float> %f1681, <16 x float> %566)
  %568 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %f1682, <16 x float> %567)
  %569 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q28, <16 x float> %f1683, <16 x float> %568)
  %570 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q29, <16 x float> %f1684, <16 x float> %569)
  %571 = shufflevector <16 x float> %524, <16 x float> %570, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %572 = shufflevector <16 x float> %524, <16 x float> %570, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %573 = fadd <16 x float> %571, %572
  %574 = fmul <16 x float> %q30, %f1677
  %575 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q31, <16 x float> %f1678, <16 x float> %574)
  %576 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %f1679, <16 x float> %575)
  %577 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %f1680, <16 x float> %576)
  %578 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q34, <16 x float> %f1681, <16 x float> %577)
  %579 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %f1682, <16 x float> %578)
  %580 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %f1683, <16 x float> %579)
  %581 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %f1684, <16 x float> %580)
  %582 = shufflevector <16 x float> %532, <16 x float> %581, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %583 = shufflevector <16 x float> %532, <16 x float> %581, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %584 = fadd <16 x float> %582, %583
  %585 = add i32 %kfull13, 6
  %586 = sext i32 %585 to i64
  %587 = shl nsw i64 %586, 11
  %588 = getelementptr i8, ptr %22, i64 %587
  %589 = load <16 x half>, ptr %588, align 2
  %f1685 = fpext <16 x half> %589 to <16 x float>
  %590 = getelementptr i8, ptr %588, i64 32
  %591 = load <16 x half>, ptr %590, align 2
  %f1686 = fpext <16 x half> %591 to <16 x float>
  %592 = getelementptr i8, ptr %588, i64 64
  %593 = load <16 x half>, ptr %592, align 2
  %f1687 = fpext <16 x half> %593 to <16 x float>
  %594 = getelementptr i8, ptr %588, i64 96
  %595 = load <16 x half>, ptr %594, align 2
  %f1688 = fpext <16 x half> %595 to <16 x float>
  %596 = getelementptr i8, ptr %588, i64 128
  %597 = load <16 x half>, ptr %596, align 2
  %f1689 = fpext <16 x half> %597 to <16 x float>
  %598 = getelementptr i8, ptr %588, i64 160
  %599 = load <16 x half>, ptr %598, align 2
  %f1690 = fpext <16 x half> %599 to <16 x float>
  %600 = getelementptr i8, ptr %588, i64 192
  %601 = load <16 x half>, ptr %600, align 2
  %f1691 = fpext <16 x half> %601 to <16 x float>
  %602 = getelementptr i8, ptr %588, i64 224
  %603 = load <16 x half>, ptr %602, align 2
  %f1692 = fpext <16 x half> %603 to <16 x float>
  %604 = fmul <16 x float> %q14, %f1685
  %605 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q15, <16 x float> %f1686, <16 x float> %604)
  %606 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q16, <16 x float> %f1687, <16 x float> %605)
  %607 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q17, <16 x float> %f1688, <16 x float> %606)
  %608 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q18, <16 x float> %f1689, <16 x float> %607)
  %609 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q19, <16 x float> %f1690, <16 x float> %608)
  %610 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %f1691, <16 x float> %609)
  %611 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %f1692, <16 x float> %610)
  %612 = fmul <16 x float> %q22, %f1685
  %613 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q23, <16 x float> %f1686, <16 x float> %612)
  %614 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q24, <16 x float> %f1687, <16 x float> %613)
  %615 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q25, <16 x float> %f1688, <16 x float> %614)
  %616 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q26, <16 x float> %f1689, <16 x float> %615)
  %617 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %f1690, <16 x float> %616)
  %618 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q28, <16 x float> %f1691, <16 x float> %617)
  %619 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q29, <16 x float> %f1692, <16 x float> %618)
  %620 = fmul <16 x float> %q30, %f1685
  %621 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q31, <16 x float> %f1686, <16 x float> %620)
  %622 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %f1687, <16 x float> %621)
  %623 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %f1688, <16 x float> %622)
  %624 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q34, <16 x float> %f1689, <16 x float> %623)
  %625 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %f1690, <16 x float> %624)
  %626 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %f1691, <16 x float> %625)
  %627 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %f1692, <16 x float> %626)
  %628 = add i32 %kfull13, 7
  %629 = sext i32 %628 to i64
  %630 = shl nsw i64 %629, 11
  %631 = getelementptr i8, ptr %22, i64 %630
  %632 = load <16 x half>, ptr %631, align 2
  %f1693 = fpext <16 x half> %632 to <16 x float>
  %633 = getelementptr i8, ptr %631, i64 32
  %634 = load <16 x half>, ptr %633, align 2
  %f1694 = fpext <16 x half> %634 to <16 x float>
  %635 = getelementptr i8, ptr %631, i64 64
  %636 = load <16 x half>, ptr %635, align 2
  %f1695 = fpext <16 x half> %636 to <16 x float>
  %637 = getelementptr i8, ptr %631, i64 96
  %638 = load <16 x half>, ptr %637, align 2
  %f1696 = fpext <16 x half> %638 to <16 x float>
  %639 = getelementptr i8, ptr %631, i64 128
  %640 = load <16 x half>, ptr %639, align 2
  %f1697 = fpext <16 x half> %640 to <16 x float>
  %641 = getelementptr i8, ptr %631, i64 160
  %642 = load <16 x half>, ptr %641, align 2
  %f1698 = fpext <16 x half> %642 to <16 x float>
  %643 = getelementptr i8, ptr %631, i64 192
  %644 = load <16 x half>, ptr %643, align 2
  %f1699 = fpext <16 x half> %644 to <16 x float>
  %645 = getelementptr i8, ptr %631, i64 224
  %646 = load <16 x half>, ptr %645, align 2
  %f16100 = fpext <16 x half> %646 to <16 x float>
  %647 = fmul <16 x float> %q14, %f1693
  %648 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q15, <16 x float> %f1694, <16 x float> %647)
  %649 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q16, <16 x float> %f1695, <16 x float> %648)
  %650 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q17, <16 x float> %f1696, <16 x float> %649)
  %651 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q18, <16 x float> %f1697, <16 x float> %650)
  %652 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q19, <16 x float> %f1698, <16 x float> %651)
  %653 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %f1699, <16 x float> %652)
  %654 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %f16100, <16 x float> %653)
  %655 = shufflevector <16 x float> %611, <16 x float> %654, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %656 = shufflevector <16 x float> %611, <16 x float> %654, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %657 = fadd <16 x float> %655, %656
  %658 = shufflevector <16 x float> %562, <16 x float> %657, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %659 = shufflevector <16 x float> %562, <16 x float> %657, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %660 = fadd <16 x float> %658, %659
  %661 = shufflevector <16 x float> %461, <16 x float> %660, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %662 = shufflevector <16 x float> %461, <16 x float> %660, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %663 = fadd <16 x float> %661, %662
  %664 = fmul <16 x float> %q22, %f1693
  %665 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q23, <16 x float> %f1694, <16 x float> %664)
  %666 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q24, <16 x float> %f1695, <16 x float> %665)
  %667 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q25, <16 x float> %f1696, <16 x float> %666)
  %668 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q26, <16 x float> %f1697, <16 x float> %667)
  %669 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %f1698, <16 x float> %668)
  %670 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q28, <16 x float> %f1699, <16 x float> %669)
  %671 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q29, <16 x float> %f16100, <16 x float> %670)
  %672 = shufflevector <16 x float> %619, <16 x float> %671, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %673 = shufflevector <16 x float> %619, <16 x float> %671, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %674 = fadd <16 x float> %672, %673
  %675 = shufflevector <16 x float> %573, <16 x float> %674, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %676 = shufflevector <16 x float> %573, <16 x float> %674, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %677 = fadd <16 x float> %675, %676
  %678 = shufflevector <16 x float> %475, <16 x float> %677, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %679 = shufflevector <16 x float> %475, <16 x float> %677, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %680 = fadd <16 x float> %678, %679
  %681 = fmul <16 x float> %q30, %f1693
  %682 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q31, <16 x float> %f1694, <16 x float> %681)
  %683 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %f1695, <16 x float> %682)
  %684 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %f1696, <16 x float> %683)
  %685 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q34, <16 x float> %f1697, <16 x float> %684)
  %686 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %f1698, <16 x float> %685)
  %687 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %f1699, <16 x float> %686)
  %688 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %f16100, <16 x float> %687)
  %689 = shufflevector <16 x float> %627, <16 x float> %688, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %690 = shufflevector <16 x float> %627, <16 x float> %688, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %691 = fadd <16 x float> %689, %690
  %692 = shufflevector <16 x float> %584, <16 x float> %691, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %693 = shufflevector <16 x float> %584, <16 x float> %691, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %694 = fadd <16 x float> %692, %693
  %695 = shufflevector <16 x float> %489, <16 x float> %694, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %696 = shufflevector <16 x float> %489, <16 x float> %694, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %697 = fadd <16 x float> %695, %696
  %698 = add i32 %kfull13, 8
  %699 = sext i32 %698 to i64
  %700 = shl nsw i64 %699, 11
  %701 = getelementptr i8, ptr %22, i64 %700
  %702 = load <16 x half>, ptr %701, align 2
  %f16101 = fpext <16 x half> %702 to <16 x float>
  %703 = getelementptr i8, ptr %701, i64 32
  %704 = load <16 x half>, ptr %703, align 2
  %f16102 = fpext <16 x half> %704 to <16 x float>
  %705 = getelementptr i8, ptr %701, i64 64
  %706 = load <16 x half>, ptr %705, align 2
  %f16103 = fpext <16 x half> %706 to <16 x float>
  %707 = getelementptr i8, ptr %701, i64 96
  %708 = load <16 x half>, ptr %707, align 2
  %f16104 = fpext <16 x half> %708 to <16 x float>
  %709 = getelementptr i8, ptr %701, i64 128
  %710 = load <16 x half>, ptr %709, align 2
  %f16105 = fpext <16 x half> %710 to <16 x float>
  %711 = getelementptr i8, ptr %701, i64 160
  %712 = load <16 x half>, ptr %711, align 2
  %f16106 = fpext <16 x half> %712 to <16 x float>
  %713 = getelementptr i8, ptr %701, i64 192
  %714 = load <16 x half>, ptr %713, align 2
  %f16107 = fpext <16 x half> %714 to <16 x float>
  %715 = getelementptr i8, ptr %701, i64 224
  %716 = load <16 x half>, ptr %715, align 2
  %f16108 = fpext <16 x half> %716 to <16 x float>
  %717 = fmul <16 x float> %q14, %f16101
  %718 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q15, <16 x float> %f16102, <16 x float> %717)
  %719 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q16, <16 x float> %f16103, <16 x float> %718)
  %720 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q17, <16 x float> %f16104, <16 x float> %719)
  %721 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q18, <16 x float> %f16105, <16 x float> %720)
  %722 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q19, <16 x float> %f16106, <16 x float> %721)
  %723 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %f16107, <16 x float> %722)
  %724 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %f16108, <16 x float> %723)
  %725 = fmul <16 x float> %q22, %f16101
  %726 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q23, <16 x float> %f16102, <16 x float> %725)
  %727 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q24, <16 x float> %f16103, <16 x float> %726)
  %728 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q25, <16 x float> %f16104, <16 x float> %727)
  %729 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q26, <16 x float> %f16105, <16 x float> %728)
  %730 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %f16106, <16 x float> %729)
  %731 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q28, <16 x float> %f16107, <16 x float> %730)
  %732 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q29, <16 x float> %f16108, <16 x float> %731)
  %733 = fmul <16 x float> %q30, %f16101
  %734 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q31, <16 x float> %f16102, <16 x float> %733)
  %735 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %f16103, <16 x float> %734)
  %736 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %f16104, <16 x float> %735)
  %737 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q34, <16 x float> %f16105, <16 x float> %736)
  %738 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %f16106, <16 x float> %737)
  %739 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %f16107, <16 x float> %738)
  %740 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %f16108, <16 x float> %739)
  %741 = add i32 %kfull13, 9
  %742 = sext i32 %741 to i64
  %743 = shl nsw i64 %742, 11
  %744 = getelementptr i8, ptr %22, i64 %743
  %745 = load <16 x half>, ptr %744, align 2
  %f16109 = fpext <16 x half> %745 to <16 x float>
  %746 = getelementptr i8, ptr %744, i64 32
  %747 = load <16 x half>, ptr %746, align 2
  %f16110 = fpext <16 x half> %747 to <16 x float>
  %748 = getelementptr i8, ptr %744, i64 64
  %749 = load <16 x half>, ptr %748, align 2
  %f16111 = fpext <16 x half> %749 to <16 x float>
  %750 = getelementptr i8, ptr %744, i64 96
  %751 = load <16 x half>, ptr %750, align 2
  %f16112 = fpext <16 x half> %751 to <16 x float>
  %752 = getelementptr i8, ptr %744, i64 128
  %753 = load <16 x half>, ptr %752, align 2
  %f16113 = fpext <16 x half> %753 to <16 x float>
  %754 = getelementptr i8, ptr %744, i64 160
  %755 = load <16 x half>, ptr %754, align 2
  %f16114 = fpext <16 x half> %755 to <16 x float>
  %756 = getelementptr i8, ptr %744, i64 192
  %757 = load <16 x half>, ptr %756, align 2
  %f16115 = fpext <16 x half> %757 to <16 x float>
  %758 = getelementptr i8, ptr %744, i64 224
  %759 = load <16 x half>, ptr %758, align 2
  %f16116 = fpext <16 x half> %759 to <16 x float>
  %760 = fmul <16 x float> %q14, %f16109
  %761 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q15, <16 x float> %f16110, <16 x float> %760)
  %762 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q16, <16 x float> %f16111, <16 x float> %761)
  %763 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q17, <16 x float> %f16112, <16 x float> %762)
  %764 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q18, <16 x float> %f16113, <16 x float> %763)
  %765 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q19, <16 x float> %f16114, <16 x float> %764)
  %766 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %f16115, <16 x float> %765)
  %767 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %f16116, <16 x float> %766)
  %768 = shufflevector <16 x float> %724, <16 x float> %767, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %769 = shufflevector <16 x float> %724, <16 x float> %767, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %770 = fadd <16 x float> %768, %769
  %771 = fmul <16 x float> %q22, %f16109
  %772 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q23, <16 x float> %f16110, <16 x float> %771)
  %773 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q24, <16 x float> %f16111, <16 x float> %772)
  %774 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q25, <16 x float> %f16112, <16 x float> %773)
  %775 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q26, <16 x float> %f16113, <16 x float> %774)
  %776 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %f16114, <16 x float> %775)
  %777 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q28, <16 x float> %f16115, <16 x float> %776)
  %778 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q29, <16 x float> %f16116, <16 x float> %777)
  %779 = shufflevector <16 x float> %732, <16 x float> %778, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %780 = shufflevector <16 x float> %732, <16 x float> %778, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %781 = fadd <16 x float> %779, %780
  %782 = fmul <16 x float> %q30, %f16109
  %783 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q31, <16 x float> %f16110, <16 x float> %782)
  %784 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %f16111, <16 x float> %783)
  %785 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %f16112, <16 x float> %784)
  %786 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q34, <16 x float> %f16113, <16 x float> %785)
  %787 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %f16114, <16 x float> %786)
  %788 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %f16115, <16 x float> %787)
  %789 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %f16116, <16 x float> %788)
  %790 = shufflevector <16 x float> %740, <16 x float> %789, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %791 = shufflevector <16 x float> %740, <16 x float> %789, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %792 = fadd <16 x float> %790, %791
  %793 = add i32 %kfull13, 10
  %794 = sext i32 %793 to i64
  %795 = shl nsw i64 %794, 11
  %796 = getelementptr i8, ptr %22, i64 %795
  %797 = load <16 x half>, ptr %796, align 2
  %f16117 = fpext <16 x half> %797 to <16 x float>
  %798 = getelementptr i8, ptr %796, i64 32
  %799 = load <16 x half>, ptr %798, align 2
  %f16118 = fpext <16 x half> %799 to <16 x float>
  %800 = getelementptr i8, ptr %796, i64 64
  %801 = load <16 x half>, ptr %800, align 2
  %f16119 = fpext <16 x half> %801 to <16 x float>
  %802 = getelementptr i8, ptr %796, i64 96
  %803 = load <16 x half>, ptr %802, align 2
  %f16120 = fpext <16 x half> %803 to <16 x float>
  %804 = getelementptr i8, ptr %796, i64 128
  %805 = load <16 x half>, ptr %804, align 2
  %f16121 = fpext <16 x half> %805 to <16 x float>
  %806 = getelementptr i8, ptr %796, i64 160
  %807 = load <16 x half>, ptr %806, align 2
  %f16122 = fpext <16 x half> %807 to <16 x float>
  %808 = getelementptr i8, ptr %796, i64 192
  %809 = load <16 x half>, ptr %808, align 2
  %f16123 = fpext <16 x half> %809 to <16 x float>
  %810 = getelementptr i8, ptr %796, i64 224
  %811 = load <16 x half>, ptr %810, align 2
  %f16124 = fpext <16 x half> %811 to <16 x float>
  %812 = fmul <16 x float> %q14, %f16117
  %813 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q15, <16 x float> %f16118, <16 x float> %812)
  %814 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q16, <16 x float> %f16119, <16 x float> %813)
  %815 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q17, <16 x float> %f16120, <16 x float> %814)
  %816 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q18, <16 x float> %f16121, <16 x float> %815)
  %817 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q19, <16 x float> %f16122, <16 x float> %816)
  %818 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %f16123, <16 x float> %817)
  %819 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %f16124, <16 x float> %818)
  %820 = fmul <16 x float> %q22, %f16117
  %821 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q23, <16 x float> %f16118, <16 x float> %820)
  %822 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q24, <16 x float> %f16119, <16 x float> %821)
  %823 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q25, <16 x float> %f16120, <16 x float> %822)
  %824 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q26, <16 x float> %f16121, <16 x float> %823)
  %825 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %f16122, <16 x float> %824)
  %826 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q28, <16 x float> %f16123, <16 x float> %825)
  %827 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q29, <16 x float> %f16124, <16 x float> %826)
  %828 = fmul <16 x float> %q30, %f16117
  %829 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q31, <16 x float> %f16118, <16 x float> %828)
  %830 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %f16119, <16 x float> %829)
  %831 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %f16120, <16 x float> %830)
  %832 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q34, <16 x float> %f16121, <16 x float> %831)
  %833 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %f16122, <16 x float> %832)
  %834 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %f16123, <16 x float> %833)
  %835 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %f16124, <16 x float> %834)
  %836 = add i32 %kfull13, 11
  %837 = sext i32 %836 to i64
  %838 = shl nsw i64 %837, 11
  %839 = getelementptr i8, ptr %22, i64 %838
  %840 = load <16 x half>, ptr %839, align 2
  %f16125 = fpext <16 x half> %840 to <16 x float>
  %841 = getelementptr i8, ptr %839, i64 32
  %842 = load <16 x half>, ptr %841, align 2
  %f16126 = fpext <16 x half> %842 to <16 x float>
  %843 = getelementptr i8, ptr %839, i64 64
  %844 = load <16 x half>, ptr %843, align 2
  %f16127 = fpext <16 x half> %844 to <16 x float>
  %845 = getelementptr i8, ptr %839, i64 96
  %846 = load <16 x half>, ptr %845, align 2
  %f16128 = fpext <16 x half> %846 to <16 x float>
  %847 = getelementptr i8, ptr %839, i64 128
  %848 = load <16 x half>, ptr %847, align 2
  %f16129 = fpext <16 x half> %848 to <16 x float>
  %849 = getelementptr i8, ptr %839, i64 160
  %850 = load <16 x half>, ptr %849, align 2
  %f16130 = fpext <16 x half> %850 to <16 x float>
  %851 = getelementptr i8, ptr %839, i64 192
  %852 = load <16 x half>, ptr %851, align 2
  %f16131 = fpext <16 x half> %852 to <16 x float>
  %853 = getelementptr i8, ptr %839, i64 224
  %854 = load <16 x half>, ptr %853, align 2
  %f16132 = fpext <16 x half> %854 to <16 x float>
  %855 = fmul <16 x float> %q14, %f16125
  %856 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q15, <16 x float> %f16126, <16 x float> %855)
  %857 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q16, <16 x float> %f16127, <16 x float> %856)
  %858 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q17, <16 x float> %f16128, <16 x float> %857)
  %859 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q18, <16 x float> %f16129, <16 x float> %858)
  %860 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q19, <16 x float> %f16130, <16 x float> %859)
  %861 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %f16131, <16 x float> %860)
  %862 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %f16132, <16 x float> %861)
  %863 = shufflevector <16 x float> %819, <16 x float> %862, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %864 = shufflevector <16 x float> %819, <16 x float> %862, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %865 = fadd <16 x float> %863, %864
  %866 = shufflevector <16 x float> %770, <16 x float> %865, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %867 = shufflevector <16 x float> %770, <16 x float> %865, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %868 = fadd <16 x float> %866, %867
  %869 = fmul <16 x float> %q22, %f16125
  %870 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q23, <16 x float> %f16126, <16 x float> %869)
  %871 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q24, <16 x float> %f16127, <16 x float> %870)
  %872 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q25, <16 x float> %f16128, <16 x float> %871)
  %873 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q26, <16 x float> %f16129, <16 x float> %872)
  %874 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %f16130, <16 x float> %873)
  %875 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q28, <16 x float> %f16131, <16 x float> %874)
  %876 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q29, <16 x float> %f16132, <16 x float> %875)
  %877 = shufflevector <16 x float> %827, <16 x float> %876, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %878 = shufflevector <16 x float> %827, <16 x float> %876, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %879 = fadd <16 x float> %877, %878
  %880 = shufflevector <16 x float> %781, <16 x float> %879, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %881 = shufflevector <16 x float> %781, <16 x float> %879, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %882 = fadd <16 x float> %880, %881
  %883 = fmul <16 x float> %q30, %f16125
  %884 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q31, <16 x float> %f16126, <16 x float> %883)
  %885 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %f16127, <16 x float> %884)
  %886 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %f16128, <16 x float> %885)
  %887 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q34, <16 x float> %f16129, <16 x float> %886)
  %888 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %f16130, <16 x float> %887)
  %889 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %f16131, <16 x float> %888)
  %890 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %f16132, <16 x float> %889)
  %891 = shufflevector <16 x float> %835, <16 x float> %890, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %892 = shufflevector <16 x float> %835, <16 x float> %890, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %893 = fadd <16 x float> %891, %892
  %894 = shufflevector <16 x float> %792, <16 x float> %893, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %895 = shufflevector <16 x float> %792, <16 x float> %893, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %896 = fadd <16 x float> %894, %895
  %897 = add i32 %kfull13, 12
  %898 = sext i32 %897 to i64
  %899 = shl nsw i64 %898, 11
  %900 = getelementptr i8, ptr %22, i64 %899
  %901 = load <16 x half>, ptr %900, align 2
  %f16133 = fpext <16 x half> %901 to <16 x float>
  %902 = getelementptr i8, ptr %900, i64 32
  %903 = load <16 x half>, ptr %902, align 2
  %f16134 = fpext <16 x half> %903 to <16 x float>
  %904 = getelementptr i8, ptr %900, i64 64
  %905 = load <16 x half>, ptr %904, align 2
  %f16135 = fpext <16 x half> %905 to <16 x float>
  %906 = getelementptr i8, ptr %900, i64 96
  %907 = load <16 x half>, ptr %906, align 2
  %f16136 = fpext <16 x half> %907 to <16 x float>
  %908 = getelementptr i8, ptr %900, i64 128
  %909 = load <16 x half>, ptr %908, align 2
  %f16137 = fpext <16 x half> %909 to <16 x float>
  %910 = getelementptr i8, ptr %900, i64 160
  %911 = load <16 x half>, ptr %910, align 2
  %f16138 = fpext <16 x half> %911 to <16 x float>
  %912 = getelementptr i8, ptr %900, i64 192
  %913 = load <16 x half>, ptr %912, align 2
  %f16139 = fpext <16 x half> %913 to <16 x float>
  %914 = getelementptr i8, ptr %900, i64 224
  %915 = load <16 x half>, ptr %914, align 2
  %f16140 = fpext <16 x half> %915 to <16 x float>
  %916 = fmul <16 x float> %q14, %f16133
  %917 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q15, <16 x float> %f16134, <16 x float> %916)
  %918 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q16, <16 x float> %f16135, <16 x float> %917)
  %919 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q17, <16 x float> %f16136, <16 x float> %918)
  %920 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q18, <16 x float> %f16137, <16 x float> %919)
  %921 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q19, <16 x float> %f16138, <16 x float> %920)
  %922 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %f16139, <16 x float> %921)
  %923 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %f16140, <16 x float> %922)
  %924 = fmul <16 x float> %q22, %f16133
  %925 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q23, <16 x float> %f16134, <16 x float> %924)
  %926 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q24, <16 x float> %f16135, <16 x float> %925)
  %927 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q25, <16 x float> %f16136, <16 x float> %926)
  %928 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q26, <16 x float> %f16137, <16 x float> %927)
  %929 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %f16138, <16 x float> %928)
  %930 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q28, <16 x float> %f16139, <16 x float> %929)
  %931 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q29, <16 x float> %f16140, <16 x float> %930)
  %932 = fmul <16 x float> %q30, %f16133
  %933 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q31, <16 x float> %f16134, <16 x float> %932)
  %934 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %f16135, <16 x float> %933)
  %935 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %f16136, <16 x float> %934)
  %936 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q34, <16 x float> %f16137, <16 x float> %935)
  %937 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %f16138, <16 x float> %936)
  %938 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %f16139, <16 x float> %937)
  %939 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %f16140, <16 x float> %938)
  %940 = add i32 %kfull13, 13
  %941 = sext i32 %940 to i64
  %942 = shl nsw i64 %941, 11
  %943 = getelementptr i8, ptr %22, i64 %942
  %944 = load <16 x half>, ptr %943, align 2
  %f16141 = fpext <16 x half> %944 to <16 x float>
  %945 = getelementptr i8, ptr %943, i64 32
  %946 = load <16 x half>, ptr %945, align 2
  %f16142 = fpext <16 x half> %946 to <16 x float>
  %947 = getelementptr i8, ptr %943, i64 64
  %948 = load <16 x half>, ptr %947, align 2
  %f16143 = fpext <16 x half> %948 to <16 x float>
  %949 = getelementptr i8, ptr %943, i64 96
  %950 = load <16 x half>, ptr %949, align 2
  %f16144 = fpext <16 x half> %950 to <16 x float>
  %951 = getelementptr i8, ptr %943, i64 128
  %952 = load <16 x half>, ptr %951, align 2
  %f16145 = fpext <16 x half> %952 to <16 x float>
  %953 = getelementptr i8, ptr %943, i64 160
  %954 = load <16 x half>, ptr %953, align 2
  %f16146 = fpext <16 x half> %954 to <16 x float>
  %955 = getelementptr i8, ptr %943, i64 192
  %956 = load <16 x half>, ptr %955, align 2
  %f16147 = fpext <16 x half> %956 to <16 x float>
  %957 = getelementptr i8, ptr %943, i64 224
  %958 = load <16 x half>, ptr %957, align 2
  %f16148 = fpext <16 x half> %958 to <16 x float>
  %959 = fmul <16 x float> %q14, %f16141
  %960 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q15, <16 x float> %f16142, <16 x float> %959)
  %961 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q16, <16 x float> %f16143, <16 x float> %960)
  %962 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q17, <16 x float> %f16144, <16 x float> %961)
  %963 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q18, <16 x float> %f16145, <16 x float> %962)
  %964 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q19, <16 x float> %f16146, <16 x float> %963)
  %965 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %f16147, <16 x float> %964)
  %966 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %f16148, <16 x float> %965)
  %967 = shufflevector <16 x float> %923, <16 x float> %966, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %968 = shufflevector <16 x float> %923, <16 x float> %966, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %969 = fadd <16 x float> %967, %968
  %970 = fmul <16 x float> %q22, %f16141
  %971 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q23, <16 x float> %f16142, <16 x float> %970)
  %972 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q24, <16 x float> %f16143, <16 x float> %971)
  %973 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q25, <16 x float> %f16144, <16 x float> %972)
  %974 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q26, <16 x float> %f16145, <16 x float> %973)
  %975 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %f16146, <16 x float> %974)
  %976 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q28, <16 x float> %f16147, <16 x float> %975)
  %977 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q29, <16 x float> %f16148, <16 x float> %976)
  %978 = shufflevector <16 x float> %931, <16 x float> %977, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %979 = shufflevector <16 x float> %931, <16 x float> %977, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %980 = fadd <16 x float> %978, %979
  %981 = fmul <16 x float> %q30, %f16141
  %982 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q31, <16 x float> %f16142, <16 x float> %981)
  %983 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %f16143, <16 x float> %982)
  %984 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %f16144, <16 x float> %983)
  %985 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q34, <16 x float> %f16145, <16 x float> %984)
  %986 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %f16146, <16 x float> %985)
  %987 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %f16147, <16 x float> %986)
  %988 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %f16148, <16 x float> %987)
  %989 = shufflevector <16 x float> %939, <16 x float> %988, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %990 = shufflevector <16 x float> %939, <16 x float> %988, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %991 = fadd <16 x float> %989, %990
  %992 = add i32 %kfull13, 14
  %993 = sext i32 %992 to i64
  %994 = shl nsw i64 %993, 11
  %995 = getelementptr i8, ptr %22, i64 %994
  %996 = load <16 x half>, ptr %995, align 2
  %f16149 = fpext <16 x half> %996 to <16 x float>
  %997 = getelementptr i8, ptr %995, i64 32
  %998 = load <16 x half>, ptr %997, align 2
  %f16150 = fpext <16 x half> %998 to <16 x float>
  %999 = getelementptr i8, ptr %995, i64 64
  %1000 = load <16 x half>, ptr %999, align 2
  %f16151 = fpext <16 x half> %1000 to <16 x float>
  %1001 = getelementptr i8, ptr %995, i64 96
  %1002 = load <16 x half>, ptr %1001, align 2
  %f16152 = fpext <16 x half> %1002 to <16 x float>
  %1003 = getelementptr i8, ptr %995, i64 128
  %1004 = load <16 x half>, ptr %1003, align 2
  %f16153 = fpext <16 x half> %1004 to <16 x float>
  %1005 = getelementptr i8, ptr %995, i64 160
  %1006 = load <16 x half>, ptr %1005, align 2
  %f16154 = fpext <16 x half> %1006 to <16 x float>
  %1007 = getelementptr i8, ptr %995, i64 192
  %1008 = load <16 x half>, ptr %1007, align 2
  %f16155 = fpext <16 x half> %1008 to <16 x float>
  %1009 = getelementptr i8, ptr %995, i64 224
  %1010 = load <16 x half>, ptr %1009, align 2
  %f16156 = fpext <16 x half> %1010 to <16 x float>
  %1011 = fmul <16 x float> %q14, %f16149
  %1012 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q15, <16 x float> %f16150, <16 x float> %1011)
  %1013 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q16, <16 x float> %f16151, <16 x float> %1012)
  %1014 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q17, <16 x float> %f16152, <16 x float> %1013)
  %1015 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q18, <16 x float> %f16153, <16 x float> %1014)
  %1016 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q19, <16 x float> %f16154, <16 x float> %1015)
  %1017 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %f16155, <16 x float> %1016)
  %1018 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %f16156, <16 x float> %1017)
  %1019 = fmul <16 x float> %q22, %f16149
  %1020 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q23, <16 x float> %f16150, <16 x float> %1019)
  %1021 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q24, <16 x float> %f16151, <16 x float> %1020)
  %1022 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q25, <16 x float> %f16152, <16 x float> %1021)
  %1023 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q26, <16 x float> %f16153, <16 x float> %1022)
  %1024 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %f16154, <16 x float> %1023)
  %1025 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q28, <16 x float> %f16155, <16 x float> %1024)
  %1026 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q29, <16 x float> %f16156, <16 x float> %1025)
  %1027 = fmul <16 x float> %q30, %f16149
  %1028 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q31, <16 x float> %f16150, <16 x float> %1027)
  %1029 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %f16151, <16 x float> %1028)
  %1030 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %f16152, <16 x float> %1029)
  %1031 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q34, <16 x float> %f16153, <16 x float> %1030)
  %1032 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %f16154, <16 x float> %1031)
  %1033 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %f16155, <16 x float> %1032)
  %1034 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %f16156, <16 x float> %1033)
  %1035 = add i32 %kfull13, 15
  %1036 = sext i32 %1035 to i64
  %1037 = shl nsw i64 %1036, 11
  %1038 = getelementptr i8, ptr %22, i64 %1037
  %1039 = load <16 x half>, ptr %1038, align 2
  %f16157 = fpext <16 x half> %1039 to <16 x float>
  %1040 = getelementptr i8, ptr %1038, i64 32
  %1041 = load <16 x half>, ptr %1040, align 2
  %f16158 = fpext <16 x half> %1041 to <16 x float>
  %1042 = getelementptr i8, ptr %1038, i64 64
  %1043 = load <16 x half>, ptr %1042, align 2
  %f16159 = fpext <16 x half> %1043 to <16 x float>
  %1044 = getelementptr i8, ptr %1038, i64 96
  %1045 = load <16 x half>, ptr %1044, align 2
  %f16160 = fpext <16 x half> %1045 to <16 x float>
  %1046 = getelementptr i8, ptr %1038, i64 128
  %1047 = load <16 x half>, ptr %1046, align 2
  %f16161 = fpext <16 x half> %1047 to <16 x float>
  %1048 = getelementptr i8, ptr %1038, i64 160
  %1049 = load <16 x half>, ptr %1048, align 2
  %f16162 = fpext <16 x half> %1049 to <16 x float>
  %1050 = getelementptr i8, ptr %1038, i64 192
  %1051 = load <16 x half>, ptr %1050, align 2
  %f16163 = fpext <16 x half> %1051 to <16 x float>
  %1052 = getelementptr i8, ptr %1038, i64 224
  %1053 = load <16 x half>, ptr %1052, align 2
  %f16164 = fpext <16 x half> %1053 to <16 x float>
  %1054 = fmul <16 x float> %q14, %f16157
  %1055 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q15, <16 x float> %f16158, <16 x float> %1054)
  %1056 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q16, <16 x float> %f16159, <16 x float> %1055)
  %1057 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q17, <16 x float> %f16160, <16 x float> %1056)
  %1058 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q18, <16 x float> %f16161, <16 x float> %1057)
  %1059 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q19, <16 x float> %f16162, <16 x float> %1058)
  %1060 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q20, <16 x float> %f16163, <16 x float> %1059)
  %1061 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q21, <16 x float> %f16164, <16 x float> %1060)
  %1062 = shufflevector <16 x float> %1018, <16 x float> %1061, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1063 = shufflevector <16 x float> %1018, <16 x float> %1061, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1064 = fadd <16 x float> %1062, %1063
  %1065 = shufflevector <16 x float> %969, <16 x float> %1064, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %1066 = shufflevector <16 x float> %969, <16 x float> %1064, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %1067 = fadd <16 x float> %1065, %1066
  %1068 = shufflevector <16 x float> %868, <16 x float> %1067, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %1069 = shufflevector <16 x float> %868, <16 x float> %1067, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %1070 = fadd <16 x float> %1068, %1069
  %1071 = shufflevector <16 x float> %663, <16 x float> %1070, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %1072 = shufflevector <16 x float> %663, <16 x float> %1070, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %1073 = fadd <16 x float> %1071, %1072
  %1074 = fmul <16 x float> %q22, %f16157
  %1075 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q23, <16 x float> %f16158, <16 x float> %1074)
  %1076 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q24, <16 x float> %f16159, <16 x float> %1075)
  %1077 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q25, <16 x float> %f16160, <16 x float> %1076)
  %1078 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q26, <16 x float> %f16161, <16 x float> %1077)
  %1079 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q27, <16 x float> %f16162, <16 x float> %1078)
  %1080 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q28, <16 x float> %f16163, <16 x float> %1079)
  %1081 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q29, <16 x float> %f16164, <16 x float> %1080)
  %1082 = shufflevector <16 x float> %1026, <16 x float> %1081, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1083 = shufflevector <16 x float> %1026, <16 x float> %1081, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1084 = fadd <16 x float> %1082, %1083
  %1085 = shufflevector <16 x float> %980, <16 x float> %1084, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %1086 = shufflevector <16 x float> %980, <16 x float> %1084, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %1087 = fadd <16 x float> %1085, %1086
  %1088 = shufflevector <16 x float> %882, <16 x float> %1087, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %1089 = shufflevector <16 x float> %882, <16 x float> %1087, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %1090 = fadd <16 x float> %1088, %1089
  %1091 = shufflevector <16 x float> %680, <16 x float> %1090, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %1092 = shufflevector <16 x float> %680, <16 x float> %1090, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %1093 = fadd <16 x float> %1091, %1092
  %1094 = fmul <16 x float> %q30, %f16157
  %1095 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q31, <16 x float> %f16158, <16 x float> %1094)
  %1096 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q32, <16 x float> %f16159, <16 x float> %1095)
  %1097 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %f16160, <16 x float> %1096)
  %1098 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q34, <16 x float> %f16161, <16 x float> %1097)
  %1099 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q35, <16 x float> %f16162, <16 x float> %1098)
  %1100 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %f16163, <16 x float> %1099)
  %1101 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %f16164, <16 x float> %1100)
  %1102 = shufflevector <16 x float> %1034, <16 x float> %1101, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1103 = shufflevector <16 x float> %1034, <16 x float> %1101, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1104 = fadd <16 x float> %1102, %1103
  %1105 = shufflevector <16 x float> %991, <16 x float> %1104, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %1106 = shufflevector <16 x float> %991, <16 x float> %1104, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %1107 = fadd <16 x float> %1105, %1106
  %1108 = shufflevector <16 x float> %896, <16 x float> %1107, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %1109 = shufflevector <16 x float> %896, <16 x float> %1107, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %1110 = fadd <16 x float> %1108, %1109
  %1111 = shufflevector <16 x float> %697, <16 x float> %1110, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %1112 = shufflevector <16 x float> %697, <16 x float> %1110, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %1113 = fadd <16 x float> %1111, %1112
  %m = load float, ptr %bm660, align 4
  %1114 = call float @llvm.vector.reduce.fmax.v16f32(<16 x float> %1073)
  %1115 = call float @llvm.maxnum.f32(float %m, float %1114)
  %1116 = fsub float %m, %1115
  %1117 = insertelement <16 x float> poison, float %1116, i64 0
  %splat165 = shufflevector <16 x float> %1117, <16 x float> poison, <16 x i32> zeroinitializer
  %1118 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat165, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %1119 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %1118, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %1120 = fadd <16 x float> %1119, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fadd <16 x float> %1120, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f = fsub <16 x float> %1119, %n
  %1121 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %1122 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1121, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %1123 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1122, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %1124 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1123, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %1125 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1124, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %1126 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1125, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %1127 = fptosi <16 x float> %n to <16 x i32>
  %1128 = shl <16 x i32> %1127, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1129 = add <16 x i32> %1128, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %1130 = bitcast <16 x i32> %1129 to <16 x float>
  %exp2 = fmul <16 x float> %1126, %1130
  %1131 = insertelement <16 x float> poison, float %1115, i64 0
  %splat166 = shufflevector <16 x float> %1131, <16 x float> poison, <16 x i32> zeroinitializer
  %1132 = fsub <16 x float> %1073, %splat166
  %1133 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %1132, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %1134 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %1133, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %1135 = fadd <16 x float> %1134, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n167 = fadd <16 x float> %1135, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f168 = fsub <16 x float> %1134, %n167
  %1136 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f168, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %1137 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1136, <16 x float> %f168, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %1138 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1137, <16 x float> %f168, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %1139 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1138, <16 x float> %f168, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %1140 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1139, <16 x float> %f168, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %1141 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1140, <16 x float> %f168, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %1142 = fptosi <16 x float> %n167 to <16 x i32>
  %1143 = shl <16 x i32> %1142, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1144 = add <16 x i32> %1143, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %1145 = bitcast <16 x i32> %1144 to <16 x float>
  %exp2169 = fmul <16 x float> %1141, %1145
  %l = load <16 x float>, ptr %bl659, align 64
  %1146 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %l, <16 x float> %exp2, <16 x float> %exp2169)
  store <16 x float> %1146, ptr %bl659, align 64
  store float %1115, ptr %bm660, align 4
  %1147 = load <16 x float>, ptr %bacc658, align 64
  %1148 = fmul <16 x float> %1147, %exp2
  store <16 x float> %1148, ptr %bacc658, align 64
  %1149 = load <16 x float>, ptr %97, align 64
  %1150 = fmul <16 x float> %1149, %exp2
  store <16 x float> %1150, ptr %97, align 64
  %1151 = load <16 x float>, ptr %98, align 64
  %1152 = fmul <16 x float> %1151, %exp2
  store <16 x float> %1152, ptr %98, align 64
  %1153 = load <16 x float>, ptr %99, align 64
  %1154 = fmul <16 x float> %1153, %exp2
  store <16 x float> %1154, ptr %99, align 64
  %1155 = load <16 x float>, ptr %100, align 64
  %1156 = fmul <16 x float> %1155, %exp2
  store <16 x float> %1156, ptr %100, align 64
  %1157 = load <16 x float>, ptr %101, align 64
  %1158 = fmul <16 x float> %1157, %exp2
  store <16 x float> %1158, ptr %101, align 64
  %1159 = load <16 x float>, ptr %102, align 64
  %1160 = fmul <16 x float> %1159, %exp2
  store <16 x float> %1160, ptr %102, align 64
  %1161 = load <16 x float>, ptr %103, align 64
  %1162 = fmul <16 x float> %1161, %exp2
  store <16 x float> %1162, ptr %103, align 64
  %m170 = load float, ptr %104, align 4
  %1163 = call float @llvm.vector.reduce.fmax.v16f32(<16 x float> %1093)
  %1164 = call float @llvm.maxnum.f32(float %m170, float %1163)
  %1165 = fsub float %m170, %1164
  %1166 = insertelement <16 x float> poison, float %1165, i64 0
  %splat171 = shufflevector <16 x float> %1166, <16 x float> poison, <16 x i32> zeroinitializer
  %1167 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat171, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %1168 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %1167, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %1169 = fadd <16 x float> %1168, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n172 = fadd <16 x float> %1169, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f173 = fsub <16 x float> %1168, %n172
  %1170 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f173, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %1171 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1170, <16 x float> %f173, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %1172 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1171, <16 x float> %f173, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %1173 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1172, <16 x float> %f173, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %1174 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1173, <16 x float> %f173, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %1175 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1174, <16 x float> %f173, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %1176 = fptosi <16 x float> %n172 to <16 x i32>
  %1177 = shl <16 x i32> %1176, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1178 = add <16 x i32> %1177, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %1179 = bitcast <16 x i32> %1178 to <16 x float>
  %exp2174 = fmul <16 x float> %1175, %1179
  %1180 = insertelement <16 x float> poison, float %1164, i64 0
  %splat175 = shufflevector <16 x float> %1180, <16 x float> poison, <16 x i32> zeroinitializer
  %1181 = fsub <16 x float> %1093, %splat175
  %1182 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %1181, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %1183 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %1182, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %1184 = fadd <16 x float> %1183, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n176 = fadd <16 x float> %1184, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f177 = fsub <16 x float> %1183, %n176
  %1185 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f177, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %1186 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1185, <16 x float> %f177, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %1187 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1186, <16 x float> %f177, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %1188 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1187, <16 x float> %f177, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %1189 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1188, <16 x float> %f177, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %1190 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1189, <16 x float> %f177, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %1191 = fptosi <16 x float> %n176 to <16 x i32>
  %1192 = shl <16 x i32> %1191, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1193 = add <16 x i32> %1192, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %1194 = bitcast <16 x i32> %1193 to <16 x float>
  %exp2178 = fmul <16 x float> %1190, %1194
  %l179 = load <16 x float>, ptr %105, align 64
  %1195 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %l179, <16 x float> %exp2174, <16 x float> %exp2178)
  store <16 x float> %1195, ptr %105, align 64
  store float %1164, ptr %104, align 4
  %1196 = load <16 x float>, ptr %106, align 64
  %1197 = fmul <16 x float> %1196, %exp2174
  store <16 x float> %1197, ptr %106, align 64
  %1198 = load <16 x float>, ptr %107, align 64
  %1199 = fmul <16 x float> %1198, %exp2174
  store <16 x float> %1199, ptr %107, align 64
  %1200 = load <16 x float>, ptr %108, align 64
  %1201 = fmul <16 x float> %1200, %exp2174
  store <16 x float> %1201, ptr %108, align 64
  %1202 = load <16 x float>, ptr %109, align 64
  %1203 = fmul <16 x float> %1202, %exp2174
  store <16 x float> %1203, ptr %109, align 64
  %1204 = load <16 x float>, ptr %110, align 64
  %1205 = fmul <16 x float> %1204, %exp2174
  store <16 x float> %1205, ptr %110, align 64
  %1206 = load <16 x float>, ptr %111, align 64
  %1207 = fmul <16 x float> %1206, %exp2174
  store <16 x float> %1207, ptr %111, align 64
  %1208 = load <16 x float>, ptr %112, align 64
  %1209 = fmul <16 x float> %1208, %exp2174
  store <16 x float> %1209, ptr %112, align 64
  %1210 = load <16 x float>, ptr %113, align 64
  %1211 = fmul <16 x float> %1210, %exp2174
  store <16 x float> %1211, ptr %113, align 64
  %m180 = load float, ptr %115, align 4
  %1212 = call float @llvm.vector.reduce.fmax.v16f32(<16 x float> %1113)
  %1213 = call float @llvm.maxnum.f32(float %m180, float %1212)
  %1214 = fsub float %m180, %1213
  %1215 = insertelement <16 x float> poison, float %1214, i64 0
  %splat181 = shufflevector <16 x float> %1215, <16 x float> poison, <16 x i32> zeroinitializer
  %1216 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat181, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %1217 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %1216, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %1218 = fadd <16 x float> %1217, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n182 = fadd <16 x float> %1218, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f183 = fsub <16 x float> %1217, %n182
  %1219 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f183, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %1220 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1219, <16 x float> %f183, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %1221 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1220, <16 x float> %f183, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %1222 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1221, <16 x float> %f183, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %1223 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1222, <16 x float> %f183, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %1224 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1223, <16 x float> %f183, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %1225 = fptosi <16 x float> %n182 to <16 x i32>
  %1226 = shl <16 x i32> %1225, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1227 = add <16 x i32> %1226, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %1228 = bitcast <16 x i32> %1227 to <16 x float>
  %exp2184 = fmul <16 x float> %1224, %1228
  %1229 = insertelement <16 x float> poison, float %1213, i64 0
  %splat185 = shufflevector <16 x float> %1229, <16 x float> poison, <16 x i32> zeroinitializer
  %1230 = fsub <16 x float> %1113, %splat185
  %1231 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %1230, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %1232 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %1231, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %1233 = fadd <16 x float> %1232, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n186 = fadd <16 x float> %1233, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f187 = fsub <16 x float> %1232, %n186
  %1234 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f187, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %1235 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1234, <16 x float> %f187, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %1236 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1235, <16 x float> %f187, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %1237 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1236, <16 x float> %f187, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %1238 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1237, <16 x float> %f187, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %1239 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1238, <16 x float> %f187, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %1240 = fptosi <16 x float> %n186 to <16 x i32>
  %1241 = shl <16 x i32> %1240, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1242 = add <16 x i32> %1241, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %1243 = bitcast <16 x i32> %1242 to <16 x float>
  %exp2188 = fmul <16 x float> %1239, %1243
  %l189 = load <16 x float>, ptr %116, align 64
  %1244 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %l189, <16 x float> %exp2184, <16 x float> %exp2188)
  store <16 x float> %1244, ptr %116, align 64
  store float %1213, ptr %115, align 4
  %1245 = load <16 x float>, ptr %117, align 64
  %1246 = fmul <16 x float> %1245, %exp2184
  store <16 x float> %1246, ptr %117, align 64
  %1247 = load <16 x float>, ptr %118, align 64
  %1248 = fmul <16 x float> %1247, %exp2184
  store <16 x float> %1248, ptr %118, align 64
  %1249 = load <16 x float>, ptr %119, align 64
  %1250 = fmul <16 x float> %1249, %exp2184
  store <16 x float> %1250, ptr %119, align 64
  %1251 = load <16 x float>, ptr %120, align 64
  %1252 = fmul <16 x float> %1251, %exp2184
  store <16 x float> %1252, ptr %120, align 64
  %1253 = load <16 x float>, ptr %121, align 64
  %1254 = fmul <16 x float> %1253, %exp2184
  store <16 x float> %1254, ptr %121, align 64
  %1255 = load <16 x float>, ptr %122, align 64
  %1256 = fmul <16 x float> %1255, %exp2184
  store <16 x float> %1256, ptr %122, align 64
  %1257 = load <16 x float>, ptr %123, align 64
  %1258 = fmul <16 x float> %1257, %exp2184
  store <16 x float> %1258, ptr %123, align 64
  %1259 = load <16 x float>, ptr %124, align 64
  %1260 = fmul <16 x float> %1259, %exp2184
  store <16 x float> %1260, ptr %124, align 64
  %1261 = getelementptr i8, ptr %24, i64 %293
  %1262 = load <16 x half>, ptr %1261, align 2
  %f16190 = fpext <16 x half> %1262 to <16 x float>
  %1263 = load <16 x float>, ptr %bacc658, align 64
  %1264 = shufflevector <16 x float> %exp2169, <16 x float> poison, <16 x i32> zeroinitializer
  %1265 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1264, <16 x float> %f16190, <16 x float> %1263)
  store <16 x float> %1265, ptr %bacc658, align 64
  %1266 = shufflevector <16 x float> %exp2178, <16 x float> poison, <16 x i32> zeroinitializer
  %1267 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1266, <16 x float> %f16190, <16 x float> %1197)
  store <16 x float> %1267, ptr %106, align 64
  %1268 = shufflevector <16 x float> %exp2188, <16 x float> poison, <16 x i32> zeroinitializer
  %1269 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1268, <16 x float> %f16190, <16 x float> %1246)
  store <16 x float> %1269, ptr %117, align 64
  %1270 = getelementptr i8, ptr %1261, i64 32
  %1271 = load <16 x half>, ptr %1270, align 2
  %f16191 = fpext <16 x half> %1271 to <16 x float>
  %1272 = load <16 x float>, ptr %97, align 64
  %1273 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1264, <16 x float> %f16191, <16 x float> %1272)
  store <16 x float> %1273, ptr %97, align 64
  %1274 = load <16 x float>, ptr %107, align 64
  %1275 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1266, <16 x float> %f16191, <16 x float> %1274)
  store <16 x float> %1275, ptr %107, align 64
  %1276 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1268, <16 x float> %f16191, <16 x float> %1248)
  store <16 x float> %1276, ptr %118, align 64
  %1277 = getelementptr i8, ptr %1261, i64 64
  %1278 = load <16 x half>, ptr %1277, align 2
  %f16192 = fpext <16 x half> %1278 to <16 x float>
  %1279 = load <16 x float>, ptr %98, align 64
  %1280 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1264, <16 x float> %f16192, <16 x float> %1279)
  store <16 x float> %1280, ptr %98, align 64
  %1281 = load <16 x float>, ptr %108, align 64
  %1282 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1266, <16 x float> %f16192, <16 x float> %1281)
  store <16 x float> %1282, ptr %108, align 64
  %1283 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1268, <16 x float> %f16192, <16 x float> %1250)
  store <16 x float> %1283, ptr %119, align 64
  %1284 = getelementptr i8, ptr %1261, i64 96
  %1285 = load <16 x half>, ptr %1284, align 2
  %f16193 = fpext <16 x half> %1285 to <16 x float>
  %1286 = load <16 x float>, ptr %99, align 64
  %1287 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1264, <16 x float> %f16193, <16 x float> %1286)
  store <16 x float> %1287, ptr %99, align 64
  %1288 = load <16 x float>, ptr %109, align 64
  %1289 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1266, <16 x float> %f16193, <16 x float> %1288)
  store <16 x float> %1289, ptr %109, align 64
  %1290 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1268, <16 x float> %f16193, <16 x float> %1252)
  store <16 x float> %1290, ptr %120, align 64
  %1291 = getelementptr i8, ptr %1261, i64 128
  %1292 = load <16 x half>, ptr %1291, align 2
  %f16194 = fpext <16 x half> %1292 to <16 x float>
  %1293 = load <16 x float>, ptr %100, align 64
  %1294 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1264, <16 x float> %f16194, <16 x float> %1293)
  store <16 x float> %1294, ptr %100, align 64
  %1295 = load <16 x float>, ptr %110, align 64
  %1296 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1266, <16 x float> %f16194, <16 x float> %1295)
  store <16 x float> %1296, ptr %110, align 64
  %1297 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1268, <16 x float> %f16194, <16 x float> %1254)
  store <16 x float> %1297, ptr %121, align 64
  %1298 = getelementptr i8, ptr %1261, i64 160
  %1299 = load <16 x half>, ptr %1298, align 2
  %f16195 = fpext <16 x half> %1299 to <16 x float>
  %1300 = load <16 x float>, ptr %101, align 64
  %1301 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1264, <16 x float> %f16195, <16 x float> %1300)
  store <16 x float> %1301, ptr %101, align 64
  %1302 = load <16 x float>, ptr %111, align 64
  %1303 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1266, <16 x float> %f16195, <16 x float> %1302)
  store <16 x float> %1303, ptr %111, align 64
  %1304 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1268, <16 x float> %f16195, <16 x float> %1256)
  store <16 x float> %1304, ptr %122, align 64
  %1305 = getelementptr i8, ptr %1261, i64 192
  %1306 = load <16 x half>, ptr %1305, align 2
  %f16196 = fpext <16 x half> %1306 to <16 x float>
  %1307 = load <16 x float>, ptr %102, align 64
  %1308 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1264, <16 x float> %f16196, <16 x float> %1307)
  store <16 x float> %1308, ptr %102, align 64
  %1309 = load <16 x float>, ptr %112, align 64
  %1310 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1266, <16 x float> %f16196, <16 x float> %1309)
  store <16 x float> %1310, ptr %112, align 64
  %1311 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1268, <16 x float> %f16196, <16 x float> %1258)
  store <16 x float> %1311, ptr %123, align 64
  %1312 = getelementptr i8, ptr %1261, i64 224
  %1313 = load <16 x half>, ptr %1312, align 2
  %f16197 = fpext <16 x half> %1313 to <16 x float>
  %1314 = load <16 x float>, ptr %103, align 64
  %1315 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1264, <16 x float> %f16197, <16 x float> %1314)
  store <16 x float> %1315, ptr %103, align 64
  %1316 = load <16 x float>, ptr %113, align 64
  %1317 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1266, <16 x float> %f16197, <16 x float> %1316)
  store <16 x float> %1317, ptr %113, align 64
  %1318 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1268, <16 x float> %f16197, <16 x float> %1260)
  store <16 x float> %1318, ptr %124, align 64
  %1319 = getelementptr i8, ptr %24, i64 %336
  %1320 = load <16 x half>, ptr %1319, align 2
  %f16198 = fpext <16 x half> %1320 to <16 x float>
  %1321 = shufflevector <16 x float> %exp2169, <16 x float> poison, <16 x i32> <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %1322 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1321, <16 x float> %f16198, <16 x float> %1265)
  store <16 x float> %1322, ptr %bacc658, align 64
  %1323 = shufflevector <16 x float> %exp2178, <16 x float> poison, <16 x i32> <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %1324 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1323, <16 x float> %f16198, <16 x float> %1267)
  store <16 x float> %1324, ptr %106, align 64
  %1325 = shufflevector <16 x float> %exp2188, <16 x float> poison, <16 x i32> <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %1326 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1325, <16 x float> %f16198, <16 x float> %1269)
  store <16 x float> %1326, ptr %117, align 64
  %1327 = getelementptr i8, ptr %1319, i64 32
  %1328 = load <16 x half>, ptr %1327, align 2
  %f16199 = fpext <16 x half> %1328 to <16 x float>
  %1329 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1321, <16 x float> %f16199, <16 x float> %1273)
  store <16 x float> %1329, ptr %97, align 64
  %1330 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1323, <16 x float> %f16199, <16 x float> %1275)
  store <16 x float> %1330, ptr %107, align 64
  %1331 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1325, <16 x float> %f16199, <16 x float> %1276)
  store <16 x float> %1331, ptr %118, align 64
  %1332 = getelementptr i8, ptr %1319, i64 64
  %1333 = load <16 x half>, ptr %1332, align 2
  %f16200 = fpext <16 x half> %1333 to <16 x float>
  %1334 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1321, <16 x float> %f16200, <16 x float> %1280)
  store <16 x float> %1334, ptr %98, align 64
  %1335 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1323, <16 x float> %f16200, <16 x float> %1282)
  store <16 x float> %1335, ptr %108, align 64
  %1336 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1325, <16 x float> %f16200, <16 x float> %1283)
  store <16 x float> %1336, ptr %119, align 64
  %1337 = getelementptr i8, ptr %1319, i64 96
  %1338 = load <16 x half>, ptr %1337, align 2
  %f16201 = fpext <16 x half> %1338 to <16 x float>
  %1339 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1321, <16 x float> %f16201, <16 x float> %1287)
  store <16 x float> %1339, ptr %99, align 64
  %1340 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1323, <16 x float> %f16201, <16 x float> %1289)
  store <16 x float> %1340, ptr %109, align 64
  %1341 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1325, <16 x float> %f16201, <16 x float> %1290)
  store <16 x float> %1341, ptr %120, align 64
  %1342 = getelementptr i8, ptr %1319, i64 128
  %1343 = load <16 x half>, ptr %1342, align 2
  %f16202 = fpext <16 x half> %1343 to <16 x float>
  %1344 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1321, <16 x float> %f16202, <16 x float> %1294)
  store <16 x float> %1344, ptr %100, align 64
  %1345 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1323, <16 x float> %f16202, <16 x float> %1296)
  store <16 x float> %1345, ptr %110, align 64
  %1346 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1325, <16 x float> %f16202, <16 x float> %1297)
  store <16 x float> %1346, ptr %121, align 64
  %1347 = getelementptr i8, ptr %1319, i64 160
  %1348 = load <16 x half>, ptr %1347, align 2
  %f16203 = fpext <16 x half> %1348 to <16 x float>
  %1349 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1321, <16 x float> %f16203, <16 x float> %1301)
  store <16 x float> %1349, ptr %101, align 64
  %1350 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1323, <16 x float> %f16203, <16 x float> %1303)
  store <16 x float> %1350, ptr %111, align 64
  %1351 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1325, <16 x float> %f16203, <16 x float> %1304)
  store <16 x float> %1351, ptr %122, align 64
  %1352 = getelementptr i8, ptr %1319, i64 192
  %1353 = load <16 x half>, ptr %1352, align 2
  %f16204 = fpext <16 x half> %1353 to <16 x float>
  %1354 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1321, <16 x float> %f16204, <16 x float> %1308)
  store <16 x float> %1354, ptr %102, align 64
  %1355 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1323, <16 x float> %f16204, <16 x float> %1310)
  store <16 x float> %1355, ptr %112, align 64
  %1356 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1325, <16 x float> %f16204, <16 x float> %1311)
  store <16 x float> %1356, ptr %123, align 64
  %1357 = getelementptr i8, ptr %1319, i64 224
  %1358 = load <16 x half>, ptr %1357, align 2
  %f16205 = fpext <16 x half> %1358 to <16 x float>
  %1359 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1321, <16 x float> %f16205, <16 x float> %1315)
  store <16 x float> %1359, ptr %103, align 64
  %1360 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1323, <16 x float> %f16205, <16 x float> %1317)
  store <16 x float> %1360, ptr %113, align 64
  %1361 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1325, <16 x float> %f16205, <16 x float> %1318)
  store <16 x float> %1361, ptr %124, align 64
  %1362 = getelementptr i8, ptr %24, i64 %388
  %1363 = load <16 x half>, ptr %1362, align 2
  %f16206 = fpext <16 x half> %1363 to <16 x float>
  %1364 = shufflevector <16 x float> %exp2169, <16 x float> poison, <16 x i32> <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  %1365 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1364, <16 x float> %f16206, <16 x float> %1322)
  store <16 x float> %1365, ptr %bacc658, align 64
  %1366 = shufflevector <16 x float> %exp2178, <16 x float> poison, <16 x i32> <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  %1367 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1366, <16 x float> %f16206, <16 x float> %1324)
  store <16 x float> %1367, ptr %106, align 64
  %1368 = shufflevector <16 x float> %exp2188, <16 x float> poison, <16 x i32> <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  %1369 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1368, <16 x float> %f16206, <16 x float> %1326)
  store <16 x float> %1369, ptr %117, align 64
  %1370 = getelementptr i8, ptr %1362, i64 32
  %1371 = load <16 x half>, ptr %1370, align 2
  %f16207 = fpext <16 x half> %1371 to <16 x float>
  %1372 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1364, <16 x float> %f16207, <16 x float> %1329)
  store <16 x float> %1372, ptr %97, align 64
  %1373 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1366, <16 x float> %f16207, <16 x float> %1330)
  store <16 x float> %1373, ptr %107, align 64
  %1374 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1368, <16 x float> %f16207, <16 x float> %1331)
  store <16 x float> %1374, ptr %118, align 64
  %1375 = getelementptr i8, ptr %1362, i64 64
  %1376 = load <16 x half>, ptr %1375, align 2
  %f16208 = fpext <16 x half> %1376 to <16 x float>
  %1377 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1364, <16 x float> %f16208, <16 x float> %1334)
  store <16 x float> %1377, ptr %98, align 64
  %1378 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1366, <16 x float> %f16208, <16 x float> %1335)
  store <16 x float> %1378, ptr %108, align 64
  %1379 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1368, <16 x float> %f16208, <16 x float> %1336)
  store <16 x float> %1379, ptr %119, align 64
  %1380 = getelementptr i8, ptr %1362, i64 96
  %1381 = load <16 x half>, ptr %1380, align 2
  %f16209 = fpext <16 x half> %1381 to <16 x float>
  %1382 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1364, <16 x float> %f16209, <16 x float> %1339)
  store <16 x float> %1382, ptr %99, align 64
  %1383 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1366, <16 x float> %f16209, <16 x float> %1340)
  store <16 x float> %1383, ptr %109, align 64
  %1384 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1368, <16 x float> %f16209, <16 x float> %1341)
  store <16 x float> %1384, ptr %120, align 64
  %1385 = getelementptr i8, ptr %1362, i64 128
  %1386 = load <16 x half>, ptr %1385, align 2
  %f16210 = fpext <16 x half> %1386 to <16 x float>
  %1387 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1364, <16 x float> %f16210, <16 x float> %1344)
  store <16 x float> %1387, ptr %100, align 64
  %1388 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1366, <16 x float> %f16210, <16 x float> %1345)
  store <16 x float> %1388, ptr %110, align 64
  %1389 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1368, <16 x float> %f16210, <16 x float> %1346)
  store <16 x float> %1389, ptr %121, align 64
  %1390 = getelementptr i8, ptr %1362, i64 160
  %1391 = load <16 x half>, ptr %1390, align 2
  %f16211 = fpext <16 x half> %1391 to <16 x float>
  %1392 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1364, <16 x float> %f16211, <16 x float> %1349)
  store <16 x float> %1392, ptr %101, align 64
  %1393 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1366, <16 x float> %f16211, <16 x float> %1350)
  store <16 x float> %1393, ptr %111, align 64
  %1394 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1368, <16 x float> %f16211, <16 x float> %1351)
  store <16 x float> %1394, ptr %122, align 64
  %1395 = getelementptr i8, ptr %1362, i64 192
  %1396 = load <16 x half>, ptr %1395, align 2
  %f16212 = fpext <16 x half> %1396 to <16 x float>
  %1397 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1364, <16 x float> %f16212, <16 x float> %1354)
  store <16 x float> %1397, ptr %102, align 64
  %1398 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1366, <16 x float> %f16212, <16 x float> %1355)
  store <16 x float> %1398, ptr %112, align 64
  %1399 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1368, <16 x float> %f16212, <16 x float> %1356)
  store <16 x float> %1399, ptr %123, align 64
  %1400 = getelementptr i8, ptr %1362, i64 224
  %1401 = load <16 x half>, ptr %1400, align 2
  %f16213 = fpext <16 x half> %1401 to <16 x float>
  %1402 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1364, <16 x float> %f16213, <16 x float> %1359)
  store <16 x float> %1402, ptr %103, align 64
  %1403 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1366, <16 x float> %f16213, <16 x float> %1360)
  store <16 x float> %1403, ptr %113, align 64
  %1404 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1368, <16 x float> %f16213, <16 x float> %1361)
  store <16 x float> %1404, ptr %124, align 64
  %1405 = getelementptr i8, ptr %24, i64 %431
  %1406 = load <16 x half>, ptr %1405, align 2
  %f16214 = fpext <16 x half> %1406 to <16 x float>
  %1407 = shufflevector <16 x float> %exp2169, <16 x float> poison, <16 x i32> <i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3>
  %1408 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1407, <16 x float> %f16214, <16 x float> %1365)
  store <16 x float> %1408, ptr %bacc658, align 64
  %1409 = shufflevector <16 x float> %exp2178, <16 x float> poison, <16 x i32> <i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3>
  %1410 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1409, <16 x float> %f16214, <16 x float> %1367)
  store <16 x float> %1410, ptr %106, align 64
  %1411 = shufflevector <16 x float> %exp2188, <16 x float> poison, <16 x i32> <i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3>
  %1412 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1411, <16 x float> %f16214, <16 x float> %1369)
  store <16 x float> %1412, ptr %117, align 64
  %1413 = getelementptr i8, ptr %1405, i64 32
  %1414 = load <16 x half>, ptr %1413, align 2
  %f16215 = fpext <16 x half> %1414 to <16 x float>
  %1415 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1407, <16 x float> %f16215, <16 x float> %1372)
  store <16 x float> %1415, ptr %97, align 64
  %1416 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1409, <16 x float> %f16215, <16 x float> %1373)
  store <16 x float> %1416, ptr %107, align 64
  %1417 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1411, <16 x float> %f16215, <16 x float> %1374)
  store <16 x float> %1417, ptr %118, align 64
  %1418 = getelementptr i8, ptr %1405, i64 64
  %1419 = load <16 x half>, ptr %1418, align 2
  %f16216 = fpext <16 x half> %1419 to <16 x float>
  %1420 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1407, <16 x float> %f16216, <16 x float> %1377)
  store <16 x float> %1420, ptr %98, align 64
  %1421 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1409, <16 x float> %f16216, <16 x float> %1378)
  store <16 x float> %1421, ptr %108, align 64
  %1422 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1411, <16 x float> %f16216, <16 x float> %1379)
  store <16 x float> %1422, ptr %119, align 64
  %1423 = getelementptr i8, ptr %1405, i64 96
  %1424 = load <16 x half>, ptr %1423, align 2
  %f16217 = fpext <16 x half> %1424 to <16 x float>
  %1425 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1407, <16 x float> %f16217, <16 x float> %1382)
  store <16 x float> %1425, ptr %99, align 64
  %1426 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1409, <16 x float> %f16217, <16 x float> %1383)
  store <16 x float> %1426, ptr %109, align 64
  %1427 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1411, <16 x float> %f16217, <16 x float> %1384)
  store <16 x float> %1427, ptr %120, align 64
  %1428 = getelementptr i8, ptr %1405, i64 128
  %1429 = load <16 x half>, ptr %1428, align 2
  %f16218 = fpext <16 x half> %1429 to <16 x float>
  %1430 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1407, <16 x float> %f16218, <16 x float> %1387)
  store <16 x float> %1430, ptr %100, align 64
  %1431 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1409, <16 x float> %f16218, <16 x float> %1388)
  store <16 x float> %1431, ptr %110, align 64
  %1432 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1411, <16 x float> %f16218, <16 x float> %1389)
  store <16 x float> %1432, ptr %121, align 64
  %1433 = getelementptr i8, ptr %1405, i64 160
  %1434 = load <16 x half>, ptr %1433, align 2
  %f16219 = fpext <16 x half> %1434 to <16 x float>
  %1435 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1407, <16 x float> %f16219, <16 x float> %1392)
  store <16 x float> %1435, ptr %101, align 64
  %1436 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1409, <16 x float> %f16219, <16 x float> %1393)
  store <16 x float> %1436, ptr %111, align 64
  %1437 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1411, <16 x float> %f16219, <16 x float> %1394)
  store <16 x float> %1437, ptr %122, align 64
  %1438 = getelementptr i8, ptr %1405, i64 192
  %1439 = load <16 x half>, ptr %1438, align 2
  %f16220 = fpext <16 x half> %1439 to <16 x float>
  %1440 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1407, <16 x float> %f16220, <16 x float> %1397)
  store <16 x float> %1440, ptr %102, align 64
  %1441 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1409, <16 x float> %f16220, <16 x float> %1398)
  store <16 x float> %1441, ptr %112, align 64
  %1442 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1411, <16 x float> %f16220, <16 x float> %1399)
  store <16 x float> %1442, ptr %123, align 64
  %1443 = getelementptr i8, ptr %1405, i64 224
  %1444 = load <16 x half>, ptr %1443, align 2
  %f16221 = fpext <16 x half> %1444 to <16 x float>
  %1445 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1407, <16 x float> %f16221, <16 x float> %1402)
  store <16 x float> %1445, ptr %103, align 64
  %1446 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1409, <16 x float> %f16221, <16 x float> %1403)
  store <16 x float> %1446, ptr %113, align 64
  %1447 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1411, <16 x float> %f16221, <16 x float> %1404)
  store <16 x float> %1447, ptr %124, align 64
  %1448 = getelementptr i8, ptr %24, i64 %492
  %1449 = load <16 x half>, ptr %1448, align 2
  %f16222 = fpext <16 x half> %1449 to <16 x float>
  %1450 = shufflevector <16 x float> %exp2169, <16 x float> poison, <16 x i32> <i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4>
  %1451 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1450, <16 x float> %f16222, <16 x float> %1408)
  store <16 x float> %1451, ptr %bacc658, align 64
  %1452 = shufflevector <16 x float> %exp2178, <16 x float> poison, <16 x i32> <i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4>
  %1453 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1452, <16 x float> %f16222, <16 x float> %1410)
  store <16 x float> %1453, ptr %106, align 64
  %1454 = shufflevector <16 x float> %exp2188, <16 x float> poison, <16 x i32> <i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4>
  %1455 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1454, <16 x float> %f16222, <16 x float> %1412)
  store <16 x float> %1455, ptr %117, align 64
  %1456 = getelementptr i8, ptr %1448, i64 32
  %1457 = load <16 x half>, ptr %1456, align 2
  %f16223 = fpext <16 x half> %1457 to <16 x float>
  %1458 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1450, <16 x float> %f16223, <16 x float> %1415)
  store <16 x float> %1458, ptr %97, align 64
  %1459 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1452, <16 x float> %f16223, <16 x float> %1416)
  store <16 x float> %1459, ptr %107, align 64
  %1460 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1454, <16 x float> %f16223, <16 x float> %1417)
  store <16 x float> %1460, ptr %118, align 64
  %1461 = getelementptr i8, ptr %1448, i64 64
  %1462 = load <16 x half>, ptr %1461, align 2
  %f16224 = fpext <16 x half> %1462 to <16 x float>
  %1463 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1450, <16 x float> %f16224, <16 x float> %1420)
  store <16 x float> %1463, ptr %98, align 64
  %1464 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1452, <16 x float> %f16224, <16 x float> %1421)
  store <16 x float> %1464, ptr %108, align 64
  %1465 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1454, <16 x float> %f16224, <16 x float> %1422)
  store <16 x float> %1465, ptr %119, align 64
  %1466 = getelementptr i8, ptr %1448, i64 96
  %1467 = load <16 x half>, ptr %1466, align 2
  %f16225 = fpext <16 x half> %1467 to <16 x float>
  %1468 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1450, <16 x float> %f16225, <16 x float> %1425)
  store <16 x float> %1468, ptr %99, align 64
  %1469 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1452, <16 x float> %f16225, <16 x float> %1426)
  store <16 x float> %1469, ptr %109, align 64
  %1470 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1454, <16 x float> %f16225, <16 x float> %1427)
  store <16 x float> %1470, ptr %120, align 64
  %1471 = getelementptr i8, ptr %1448, i64 128
  %1472 = load <16 x half>, ptr %1471, align 2
  %f16226 = fpext <16 x half> %1472 to <16 x float>
  %1473 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1450, <16 x float> %f16226, <16 x float> %1430)
  store <16 x float> %1473, ptr %100, align 64
  %1474 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1452, <16 x float> %f16226, <16 x float> %1431)
  store <16 x float> %1474, ptr %110, align 64
  %1475 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1454, <16 x float> %f16226, <16 x float> %1432)
  store <16 x float> %1475, ptr %121, align 64
  %1476 = getelementptr i8, ptr %1448, i64 160
  %1477 = load <16 x half>, ptr %1476, align 2
  %f16227 = fpext <16 x half> %1477 to <16 x float>
  %1478 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1450, <16 x float> %f16227, <16 x float> %1435)
  store <16 x float> %1478, ptr %101, align 64
  %1479 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1452, <16 x float> %f16227, <16 x float> %1436)
  store <16 x float> %1479, ptr %111, align 64
  %1480 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1454, <16 x float> %f16227, <16 x float> %1437)
  store <16 x float> %1480, ptr %122, align 64
  %1481 = getelementptr i8, ptr %1448, i64 192
  %1482 = load <16 x half>, ptr %1481, align 2
  %f16228 = fpext <16 x half> %1482 to <16 x float>
  %1483 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1450, <16 x float> %f16228, <16 x float> %1440)
  store <16 x float> %1483, ptr %102, align 64
  %1484 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1452, <16 x float> %f16228, <16 x float> %1441)
  store <16 x float> %1484, ptr %112, align 64
  %1485 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1454, <16 x float> %f16228, <16 x float> %1442)
  store <16 x float> %1485, ptr %123, align 64
  %1486 = getelementptr i8, ptr %1448, i64 224
  %1487 = load <16 x half>, ptr %1486, align 2
  %f16229 = fpext <16 x half> %1487 to <16 x float>
  %1488 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1450, <16 x float> %f16229, <16 x float> %1445)
  store <16 x float> %1488, ptr %103, align 64
  %1489 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1452, <16 x float> %f16229, <16 x float> %1446)
  store <16 x float> %1489, ptr %113, align 64
  %1490 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1454, <16 x float> %f16229, <16 x float> %1447)
  store <16 x float> %1490, ptr %124, align 64
  %1491 = getelementptr i8, ptr %24, i64 %535
  %1492 = load <16 x half>, ptr %1491, align 2
  %f16230 = fpext <16 x half> %1492 to <16 x float>
  %1493 = shufflevector <16 x float> %exp2169, <16 x float> poison, <16 x i32> <i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5>
  %1494 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1493, <16 x float> %f16230, <16 x float> %1451)
  store <16 x float> %1494, ptr %bacc658, align 64
  %1495 = shufflevector <16 x float> %exp2178, <16 x float> poison, <16 x i32> <i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5>
  %1496 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1495, <16 x float> %f16230, <16 x float> %1453)
  store <16 x float> %1496, ptr %106, align 64
  %1497 = shufflevector <16 x float> %exp2188, <16 x float> poison, <16 x i32> <i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5>
  %1498 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1497, <16 x float> %f16230, <16 x float> %1455)
  store <16 x float> %1498, ptr %117, align 64
  %1499 = getelementptr i8, ptr %1491, i64 32
  %1500 = load <16 x half>, ptr %1499, align 2
  %f16231 = fpext <16 x half> %1500 to <16 x float>
  %1501 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1493, <16 x float> %f16231, <16 x float> %1458)
  store <16 x float> %1501, ptr %97, align 64
  %1502 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1495, <16 x float> %f16231, <16 x float> %1459)
  store <16 x float> %1502, ptr %107, align 64
  %1503 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1497, <16 x float> %f16231, <16 x float> %1460)
  store <16 x float> %1503, ptr %118, align 64
  %1504 = getelementptr i8, ptr %1491, i64 64
  %1505 = load <16 x half>, ptr %1504, align 2
  %f16232 = fpext <16 x half> %1505 to <16 x float>
  %1506 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1493, <16 x float> %f16232, <16 x float> %1463)
  store <16 x float> %1506, ptr %98, align 64
  %1507 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1495, <16 x float> %f16232, <16 x float> %1464)
  store <16 x float> %1507, ptr %108, align 64
  %1508 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1497, <16 x float> %f16232, <16 x float> %1465)
  store <16 x float> %1508, ptr %119, align 64
  %1509 = getelementptr i8, ptr %1491, i64 96
  %1510 = load <16 x half>, ptr %1509, align 2
  %f16233 = fpext <16 x half> %1510 to <16 x float>
  %1511 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1493, <16 x float> %f16233, <16 x float> %1468)
  store <16 x float> %1511, ptr %99, align 64
  %1512 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1495, <16 x float> %f16233, <16 x float> %1469)
  store <16 x float> %1512, ptr %109, align 64
  %1513 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1497, <16 x float> %f16233, <16 x float> %1470)
  store <16 x float> %1513, ptr %120, align 64
  %1514 = getelementptr i8, ptr %1491, i64 128
  %1515 = load <16 x half>, ptr %1514, align 2
  %f16234 = fpext <16 x half> %1515 to <16 x float>
  %1516 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1493, <16 x float> %f16234, <16 x float> %1473)
  store <16 x float> %1516, ptr %100, align 64
  %1517 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1495, <16 x float> %f16234, <16 x float> %1474)
  store <16 x float> %1517, ptr %110, align 64
  %1518 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1497, <16 x float> %f16234, <16 x float> %1475)
  store <16 x float> %1518, ptr %121, align 64
  %1519 = getelementptr i8, ptr %1491, i64 160
  %1520 = load <16 x half>, ptr %1519, align 2
  %f16235 = fpext <16 x half> %1520 to <16 x float>
  %1521 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1493, <16 x float> %f16235, <16 x float> %1478)
  store <16 x float> %1521, ptr %101, align 64
  %1522 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1495, <16 x float> %f16235, <16 x float> %1479)
  store <16 x float> %1522, ptr %111, align 64
  %1523 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1497, <16 x float> %f16235, <16 x float> %1480)
  store <16 x float> %1523, ptr %122, align 64
  %1524 = getelementptr i8, ptr %1491, i64 192
  %1525 = load <16 x half>, ptr %1524, align 2
  %f16236 = fpext <16 x half> %1525 to <16 x float>
  %1526 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1493, <16 x float> %f16236, <16 x float> %1483)
  store <16 x float> %1526, ptr %102, align 64
  %1527 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1495, <16 x float> %f16236, <16 x float> %1484)
  store <16 x float> %1527, ptr %112, align 64
  %1528 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1497, <16 x float> %f16236, <16 x float> %1485)
  store <16 x float> %1528, ptr %123, align 64
  %1529 = getelementptr i8, ptr %1491, i64 224
  %1530 = load <16 x half>, ptr %1529, align 2
  %f16237 = fpext <16 x half> %1530 to <16 x float>
  %1531 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1493, <16 x float> %f16237, <16 x float> %1488)
  store <16 x float> %1531, ptr %103, align 64
  %1532 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1495, <16 x float> %f16237, <16 x float> %1489)
  store <16 x float> %1532, ptr %113, align 64
  %1533 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1497, <16 x float> %f16237, <16 x float> %1490)
  store <16 x float> %1533, ptr %124, align 64
  %1534 = getelementptr i8, ptr %24, i64 %587
  %1535 = load <16 x half>, ptr %1534, align 2
  %f16238 = fpext <16 x half> %1535 to <16 x float>
  %1536 = shufflevector <16 x float> %exp2169, <16 x float> poison, <16 x i32> <i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6>
  %1537 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1536, <16 x float> %f16238, <16 x float> %1494)
  store <16 x float> %1537, ptr %bacc658, align 64
  %1538 = shufflevector <16 x float> %exp2178, <16 x float> poison, <16 x i32> <i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6>
  %1539 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1538, <16 x float> %f16238, <16 x float> %1496)
  store <16 x float> %1539, ptr %106, align 64
  %1540 = shufflevector <16 x float> %exp2188, <16 x float> poison, <16 x i32> <i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6>
  %1541 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1540, <16 x float> %f16238, <16 x float> %1498)
  store <16 x float> %1541, ptr %117, align 64
  %1542 = getelementptr i8, ptr %1534, i64 32
  %1543 = load <16 x half>, ptr %1542, align 2
  %f16239 = fpext <16 x half> %1543 to <16 x float>
  %1544 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1536, <16 x float> %f16239, <16 x float> %1501)
  store <16 x float> %1544, ptr %97, align 64
  %1545 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1538, <16 x float> %f16239, <16 x float> %1502)
  store <16 x float> %1545, ptr %107, align 64
  %1546 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1540, <16 x float> %f16239, <16 x float> %1503)
  store <16 x float> %1546, ptr %118, align 64
  %1547 = getelementptr i8, ptr %1534, i64 64
  %1548 = load <16 x half>, ptr %1547, align 2
  %f16240 = fpext <16 x half> %1548 to <16 x float>
  %1549 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1536, <16 x float> %f16240, <16 x float> %1506)
  store <16 x float> %1549, ptr %98, align 64
  %1550 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1538, <16 x float> %f16240, <16 x float> %1507)
  store <16 x float> %1550, ptr %108, align 64
  %1551 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1540, <16 x float> %f16240, <16 x float> %1508)
  store <16 x float> %1551, ptr %119, align 64
  %1552 = getelementptr i8, ptr %1534, i64 96
  %1553 = load <16 x half>, ptr %1552, align 2
  %f16241 = fpext <16 x half> %1553 to <16 x float>
  %1554 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1536, <16 x float> %f16241, <16 x float> %1511)
  store <16 x float> %1554, ptr %99, align 64
  %1555 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1538, <16 x float> %f16241, <16 x float> %1512)
  store <16 x float> %1555, ptr %109, align 64
  %1556 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1540, <16 x float> %f16241, <16 x float> %1513)
  store <16 x float> %1556, ptr %120, align 64
  %1557 = getelementptr i8, ptr %1534, i64 128
  %1558 = load <16 x half>, ptr %1557, align 2
  %f16242 = fpext <16 x half> %1558 to <16 x float>
  %1559 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1536, <16 x float> %f16242, <16 x float> %1516)
  store <16 x float> %1559, ptr %100, align 64
  %1560 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1538, <16 x float> %f16242, <16 x float> %1517)
  store <16 x float> %1560, ptr %110, align 64
  %1561 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1540, <16 x float> %f16242, <16 x float> %1518)
  store <16 x float> %1561, ptr %121, align 64
  %1562 = getelementptr i8, ptr %1534, i64 160
  %1563 = load <16 x half>, ptr %1562, align 2
  %f16243 = fpext <16 x half> %1563 to <16 x float>
  %1564 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1536, <16 x float> %f16243, <16 x float> %1521)
  store <16 x float> %1564, ptr %101, align 64
  %1565 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1538, <16 x float> %f16243, <16 x float> %1522)
  store <16 x float> %1565, ptr %111, align 64
  %1566 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1540, <16 x float> %f16243, <16 x float> %1523)
  store <16 x float> %1566, ptr %122, align 64
  %1567 = getelementptr i8, ptr %1534, i64 192
  %1568 = load <16 x half>, ptr %1567, align 2
  %f16244 = fpext <16 x half> %1568 to <16 x float>
  %1569 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1536, <16 x float> %f16244, <16 x float> %1526)
  store <16 x float> %1569, ptr %102, align 64
  %1570 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1538, <16 x float> %f16244, <16 x float> %1527)
  store <16 x float> %1570, ptr %112, align 64
  %1571 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1540, <16 x float> %f16244, <16 x float> %1528)
  store <16 x float> %1571, ptr %123, align 64
  %1572 = getelementptr i8, ptr %1534, i64 224
  %1573 = load <16 x half>, ptr %1572, align 2
  %f16245 = fpext <16 x half> %1573 to <16 x float>
  %1574 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1536, <16 x float> %f16245, <16 x float> %1531)
  store <16 x float> %1574, ptr %103, align 64
  %1575 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1538, <16 x float> %f16245, <16 x float> %1532)
  store <16 x float> %1575, ptr %113, align 64
  %1576 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1540, <16 x float> %f16245, <16 x float> %1533)
  store <16 x float> %1576, ptr %124, align 64
  %1577 = getelementptr i8, ptr %24, i64 %630
  %1578 = load <16 x half>, ptr %1577, align 2
  %f16246 = fpext <16 x half> %1578 to <16 x float>
  %1579 = shufflevector <16 x float> %exp2169, <16 x float> poison, <16 x i32> <i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7>
  %1580 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1579, <16 x float> %f16246, <16 x float> %1537)
  store <16 x float> %1580, ptr %bacc658, align 64
  %1581 = shufflevector <16 x float> %exp2178, <16 x float> poison, <16 x i32> <i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7>
  %1582 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1581, <16 x float> %f16246, <16 x float> %1539)
  store <16 x float> %1582, ptr %106, align 64
  %1583 = shufflevector <16 x float> %exp2188, <16 x float> poison, <16 x i32> <i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7>
  %1584 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1583, <16 x float> %f16246, <16 x float> %1541)
  store <16 x float> %1584, ptr %117, align 64
  %1585 = getelementptr i8, ptr %1577, i64 32
  %1586 = load <16 x half>, ptr %1585, align 2
  %f16247 = fpext <16 x half> %1586 to <16 x float>
  %1587 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1579, <16 x float> %f16247, <16 x float> %1544)
  store <16 x float> %1587, ptr %97, align 64
  %1588 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1581, <16 x float> %f16247, <16 x float> %1545)
  store <16 x float> %1588, ptr %107, align 64
  %1589 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1583, <16 x float> %f16247, <16 x float> %1546)
  store <16 x float> %1589, ptr %118, align 64
  %1590 = getelementptr i8, ptr %1577, i64 64
  %1591 = load <16 x half>, ptr %1590, align 2
  %f16248 = fpext <16 x half> %1591 to <16 x float>
  %1592 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1579, <16 x float> %f16248, <16 x float> %1549)
  store <16 x float> %1592, ptr %98, align 64
  %1593 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1581, <16 x float> %f16248, <16 x float> %1550)
  store <16 x float> %1593, ptr %108, align 64
  %1594 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1583, <16 x float> %f16248, <16 x float> %1551)
  store <16 x float> %1594, ptr %119, align 64
  %1595 = getelementptr i8, ptr %1577, i64 96
  %1596 = load <16 x half>, ptr %1595, align 2
  %f16249 = fpext <16 x half> %1596 to <16 x float>
  %1597 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1579, <16 x float> %f16249, <16 x float> %1554)
  store <16 x float> %1597, ptr %99, align 64
  %1598 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1581, <16 x float> %f16249, <16 x float> %1555)
  store <16 x float> %1598, ptr %109, align 64
  %1599 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1583, <16 x float> %f16249, <16 x float> %1556)
  store <16 x float> %1599, ptr %120, align 64
  %1600 = getelementptr i8, ptr %1577, i64 128
  %1601 = load <16 x half>, ptr %1600, align 2
  %f16250 = fpext <16 x half> %1601 to <16 x float>
  %1602 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1579, <16 x float> %f16250, <16 x float> %1559)
  store <16 x float> %1602, ptr %100, align 64
  %1603 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1581, <16 x float> %f16250, <16 x float> %1560)
  store <16 x float> %1603, ptr %110, align 64
  %1604 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1583, <16 x float> %f16250, <16 x float> %1561)
  store <16 x float> %1604, ptr %121, align 64
  %1605 = getelementptr i8, ptr %1577, i64 160
  %1606 = load <16 x half>, ptr %1605, align 2
  %f16251 = fpext <16 x half> %1606 to <16 x float>
  %1607 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1579, <16 x float> %f16251, <16 x float> %1564)
  store <16 x float> %1607, ptr %101, align 64
  %1608 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1581, <16 x float> %f16251, <16 x float> %1565)
  store <16 x float> %1608, ptr %111, align 64
  %1609 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1583, <16 x float> %f16251, <16 x float> %1566)
  store <16 x float> %1609, ptr %122, align 64
  %1610 = getelementptr i8, ptr %1577, i64 192
  %1611 = load <16 x half>, ptr %1610, align 2
  %f16252 = fpext <16 x half> %1611 to <16 x float>
  %1612 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1579, <16 x float> %f16252, <16 x float> %1569)
  store <16 x float> %1612, ptr %102, align 64
  %1613 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1581, <16 x float> %f16252, <16 x float> %1570)
  store <16 x float> %1613, ptr %112, align 64
  %1614 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1583, <16 x float> %f16252, <16 x float> %1571)
  store <16 x float> %1614, ptr %123, align 64
  %1615 = getelementptr i8, ptr %1577, i64 224
  %1616 = load <16 x half>, ptr %1615, align 2
  %f16253 = fpext <16 x half> %1616 to <16 x float>
  %1617 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1579, <16 x float> %f16253, <16 x float> %1574)
  store <16 x float> %1617, ptr %103, align 64
  %1618 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1581, <16 x float> %f16253, <16 x float> %1575)
  store <16 x float> %1618, ptr %113, align 64
  %1619 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1583, <16 x float> %f16253, <16 x float> %1576)
  store <16 x float> %1619, ptr %124, align 64
  %1620 = getelementptr i8, ptr %24, i64 %700
  %1621 = load <16 x half>, ptr %1620, align 2
  %f16254 = fpext <16 x half> %1621 to <16 x float>
  %1622 = shufflevector <16 x float> %exp2169, <16 x float> poison, <16 x i32> <i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8>
  %1623 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1622, <16 x float> %f16254, <16 x float> %1580)
  store <16 x float> %1623, ptr %bacc658, align 64
  %1624 = shufflevector <16 x float> %exp2178, <16 x float> poison, <16 x i32> <i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8>
  %1625 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1624, <16 x float> %f16254, <16 x float> %1582)
  store <16 x float> %1625, ptr %106, align 64
  %1626 = shufflevector <16 x float> %exp2188, <16 x float> poison, <16 x i32> <i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8>
  %1627 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1626, <16 x float> %f16254, <16 x float> %1584)
  store <16 x float> %1627, ptr %117, align 64
  %1628 = getelementptr i8, ptr %1620, i64 32
  %1629 = load <16 x half>, ptr %1628, align 2
  %f16255 = fpext <16 x half> %1629 to <16 x float>
  %1630 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1622, <16 x float> %f16255, <16 x float> %1587)
  store <16 x float> %1630, ptr %97, align 64
  %1631 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1624, <16 x float> %f16255, <16 x float> %1588)
  store <16 x float> %1631, ptr %107, align 64
  %1632 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1626, <16 x float> %f16255, <16 x float> %1589)
  store <16 x float> %1632, ptr %118, align 64
  %1633 = getelementptr i8, ptr %1620, i64 64
  %1634 = load <16 x half>, ptr %1633, align 2
  %f16256 = fpext <16 x half> %1634 to <16 x float>
  %1635 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1622, <16 x float> %f16256, <16 x float> %1592)
  store <16 x float> %1635, ptr %98, align 64
  %1636 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1624, <16 x float> %f16256, <16 x float> %1593)
  store <16 x float> %1636, ptr %108, align 64
  %1637 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1626, <16 x float> %f16256, <16 x float> %1594)
  store <16 x float> %1637, ptr %119, align 64
  %1638 = getelementptr i8, ptr %1620, i64 96
  %1639 = load <16 x half>, ptr %1638, align 2
  %f16257 = fpext <16 x half> %1639 to <16 x float>
  %1640 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1622, <16 x float> %f16257, <16 x float> %1597)
  store <16 x float> %1640, ptr %99, align 64
  %1641 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1624, <16 x float> %f16257, <16 x float> %1598)
  store <16 x float> %1641, ptr %109, align 64
  %1642 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1626, <16 x float> %f16257, <16 x float> %1599)
  store <16 x float> %1642, ptr %120, align 64
  %1643 = getelementptr i8, ptr %1620, i64 128
  %1644 = load <16 x half>, ptr %1643, align 2
  %f16258 = fpext <16 x half> %1644 to <16 x float>
  %1645 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1622, <16 x float> %f16258, <16 x float> %1602)
  store <16 x float> %1645, ptr %100, align 64
  %1646 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1624, <16 x float> %f16258, <16 x float> %1603)
  store <16 x float> %1646, ptr %110, align 64
  %1647 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1626, <16 x float> %f16258, <16 x float> %1604)
  store <16 x float> %1647, ptr %121, align 64
  %1648 = getelementptr i8, ptr %1620, i64 160
  %1649 = load <16 x half>, ptr %1648, align 2
  %f16259 = fpext <16 x half> %1649 to <16 x float>
  %1650 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1622, <16 x float> %f16259, <16 x float> %1607)
  store <16 x float> %1650, ptr %101, align 64
  %1651 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1624, <16 x float> %f16259, <16 x float> %1608)
  store <16 x float> %1651, ptr %111, align 64
  %1652 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1626, <16 x float> %f16259, <16 x float> %1609)
  store <16 x float> %1652, ptr %122, align 64
  %1653 = getelementptr i8, ptr %1620, i64 192
  %1654 = load <16 x half>, ptr %1653, align 2
  %f16260 = fpext <16 x half> %1654 to <16 x float>
  %1655 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1622, <16 x float> %f16260, <16 x float> %1612)
  store <16 x float> %1655, ptr %102, align 64
  %1656 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1624, <16 x float> %f16260, <16 x float> %1613)
  store <16 x float> %1656, ptr %112, align 64
  %1657 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1626, <16 x float> %f16260, <16 x float> %1614)
  store <16 x float> %1657, ptr %123, align 64
  %1658 = getelementptr i8, ptr %1620, i64 224
  %1659 = load <16 x half>, ptr %1658, align 2
  %f16261 = fpext <16 x half> %1659 to <16 x float>
  %1660 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1622, <16 x float> %f16261, <16 x float> %1617)
  store <16 x float> %1660, ptr %103, align 64
  %1661 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1624, <16 x float> %f16261, <16 x float> %1618)
  store <16 x float> %1661, ptr %113, align 64
  %1662 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1626, <16 x float> %f16261, <16 x float> %1619)
  store <16 x float> %1662, ptr %124, align 64
  %1663 = getelementptr i8, ptr %24, i64 %743
  %1664 = load <16 x half>, ptr %1663, align 2
  %f16262 = fpext <16 x half> %1664 to <16 x float>
  %1665 = shufflevector <16 x float> %exp2169, <16 x float> poison, <16 x i32> <i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9>
  %1666 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1665, <16 x float> %f16262, <16 x float> %1623)
  store <16 x float> %1666, ptr %bacc658, align 64
  %1667 = shufflevector <16 x float> %exp2178, <16 x float> poison, <16 x i32> <i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9>
  %1668 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1667, <16 x float> %f16262, <16 x float> %1625)
  store <16 x float> %1668, ptr %106, align 64
  %1669 = shufflevector <16 x float> %exp2188, <16 x float> poison, <16 x i32> <i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9>
  %1670 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1669, <16 x float> %f16262, <16 x float> %1627)
  store <16 x float> %1670, ptr %117, align 64
  %1671 = getelementptr i8, ptr %1663, i64 32
  %1672 = load <16 x half>, ptr %1671, align 2
  %f16263 = fpext <16 x half> %1672 to <16 x float>
  %1673 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1665, <16 x float> %f16263, <16 x float> %1630)
  store <16 x float> %1673, ptr %97, align 64
  %1674 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1667, <16 x float> %f16263, <16 x float> %1631)
  store <16 x float> %1674, ptr %107, align 64
  %1675 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1669, <16 x float> %f16263, <16 x float> %1632)
  store <16 x float> %1675, ptr %118, align 64
  %1676 = getelementptr i8, ptr %1663, i64 64
  %1677 = load <16 x half>, ptr %1676, align 2
  %f16264 = fpext <16 x half> %1677 to <16 x float>
  %1678 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1665, <16 x float> %f16264, <16 x float> %1635)
  store <16 x float> %1678, ptr %98, align 64
  %1679 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1667, <16 x float> %f16264, <16 x float> %1636)
  store <16 x float> %1679, ptr %108, align 64
  %1680 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1669, <16 x float> %f16264, <16 x float> %1637)
  store <16 x float> %1680, ptr %119, align 64
  %1681 = getelementptr i8, ptr %1663, i64 96
  %1682 = load <16 x half>, ptr %1681, align 2
  %f16265 = fpext <16 x half> %1682 to <16 x float>
  %1683 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1665, <16 x float> %f16265, <16 x float> %1640)
  store <16 x float> %1683, ptr %99, align 64
  %1684 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1667, <16 x float> %f16265, <16 x float> %1641)
  store <16 x float> %1684, ptr %109, align 64
  %1685 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1669, <16 x float> %f16265, <16 x float> %1642)
  store <16 x float> %1685, ptr %120, align 64
  %1686 = getelementptr i8, ptr %1663, i64 128
  %1687 = load <16 x half>, ptr %1686, align 2
  %f16266 = fpext <16 x half> %1687 to <16 x float>
  %1688 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1665, <16 x float> %f16266, <16 x float> %1645)
  store <16 x float> %1688, ptr %100, align 64
  %1689 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1667, <16 x float> %f16266, <16 x float> %1646)
  store <16 x float> %1689, ptr %110, align 64
  %1690 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1669, <16 x float> %f16266, <16 x float> %1647)
  store <16 x float> %1690, ptr %121, align 64
  %1691 = getelementptr i8, ptr %1663, i64 160
  %1692 = load <16 x half>, ptr %1691, align 2
  %f16267 = fpext <16 x half> %1692 to <16 x float>
  %1693 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1665, <16 x float> %f16267, <16 x float> %1650)
  store <16 x float> %1693, ptr %101, align 64
  %1694 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1667, <16 x float> %f16267, <16 x float> %1651)
  store <16 x float> %1694, ptr %111, align 64
  %1695 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1669, <16 x float> %f16267, <16 x float> %1652)
  store <16 x float> %1695, ptr %122, align 64
  %1696 = getelementptr i8, ptr %1663, i64 192
  %1697 = load <16 x half>, ptr %1696, align 2
  %f16268 = fpext <16 x half> %1697 to <16 x float>
  %1698 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1665, <16 x float> %f16268, <16 x float> %1655)
  store <16 x float> %1698, ptr %102, align 64
  %1699 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1667, <16 x float> %f16268, <16 x float> %1656)
  store <16 x float> %1699, ptr %112, align 64
  %1700 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1669, <16 x float> %f16268, <16 x float> %1657)
  store <16 x float> %1700, ptr %123, align 64
  %1701 = getelementptr i8, ptr %1663, i64 224
  %1702 = load <16 x half>, ptr %1701, align 2
  %f16269 = fpext <16 x half> %1702 to <16 x float>
  %1703 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1665, <16 x float> %f16269, <16 x float> %1660)
  store <16 x float> %1703, ptr %103, align 64
  %1704 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1667, <16 x float> %f16269, <16 x float> %1661)
  store <16 x float> %1704, ptr %113, align 64
  %1705 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1669, <16 x float> %f16269, <16 x float> %1662)
  store <16 x float> %1705, ptr %124, align 64
  %1706 = getelementptr i8, ptr %24, i64 %795
  %1707 = load <16 x half>, ptr %1706, align 2
  %f16270 = fpext <16 x half> %1707 to <16 x float>
  %1708 = shufflevector <16 x float> %exp2169, <16 x float> poison, <16 x i32> <i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10>
  %1709 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1708, <16 x float> %f16270, <16 x float> %1666)
  store <16 x float> %1709, ptr %bacc658, align 64
  %1710 = shufflevector <16 x float> %exp2178, <16 x float> poison, <16 x i32> <i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10>
  %1711 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1710, <16 x float> %f16270, <16 x float> %1668)
  store <16 x float> %1711, ptr %106, align 64
  %1712 = shufflevector <16 x float> %exp2188, <16 x float> poison, <16 x i32> <i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10>
  %1713 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1712, <16 x float> %f16270, <16 x float> %1670)
  store <16 x float> %1713, ptr %117, align 64
  %1714 = getelementptr i8, ptr %1706, i64 32
  %1715 = load <16 x half>, ptr %1714, align 2
  %f16271 = fpext <16 x half> %1715 to <16 x float>
  %1716 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1708, <16 x float> %f16271, <16 x float> %1673)
  store <16 x float> %1716, ptr %97, align 64
  %1717 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1710, <16 x float> %f16271, <16 x float> %1674)
  store <16 x float> %1717, ptr %107, align 64
  %1718 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1712, <16 x float> %f16271, <16 x float> %1675)
  store <16 x float> %1718, ptr %118, align 64
  %1719 = getelementptr i8, ptr %1706, i64 64
  %1720 = load <16 x half>, ptr %1719, align 2
  %f16272 = fpext <16 x half> %1720 to <16 x float>
  %1721 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1708, <16 x float> %f16272, <16 x float> %1678)
  store <16 x float> %1721, ptr %98, align 64
  %1722 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1710, <16 x float> %f16272, <16 x float> %1679)
  store <16 x float> %1722, ptr %108, align 64
  %1723 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1712, <16 x float> %f16272, <16 x float> %1680)
  store <16 x float> %1723, ptr %119, align 64
  %1724 = getelementptr i8, ptr %1706, i64 96
  %1725 = load <16 x half>, ptr %1724, align 2
  %f16273 = fpext <16 x half> %1725 to <16 x float>
  %1726 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1708, <16 x float> %f16273, <16 x float> %1683)
  store <16 x float> %1726, ptr %99, align 64
  %1727 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1710, <16 x float> %f16273, <16 x float> %1684)
  store <16 x float> %1727, ptr %109, align 64
  %1728 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1712, <16 x float> %f16273, <16 x float> %1685)
  store <16 x float> %1728, ptr %120, align 64
  %1729 = getelementptr i8, ptr %1706, i64 128
  %1730 = load <16 x half>, ptr %1729, align 2
  %f16274 = fpext <16 x half> %1730 to <16 x float>
  %1731 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1708, <16 x float> %f16274, <16 x float> %1688)
  store <16 x float> %1731, ptr %100, align 64
  %1732 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1710, <16 x float> %f16274, <16 x float> %1689)
  store <16 x float> %1732, ptr %110, align 64
  %1733 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1712, <16 x float> %f16274, <16 x float> %1690)
  store <16 x float> %1733, ptr %121, align 64
  %1734 = getelementptr i8, ptr %1706, i64 160
  %1735 = load <16 x half>, ptr %1734, align 2
  %f16275 = fpext <16 x half> %1735 to <16 x float>
  %1736 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1708, <16 x float> %f16275, <16 x float> %1693)
  store <16 x float> %1736, ptr %101, align 64
  %1737 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1710, <16 x float> %f16275, <16 x float> %1694)
  store <16 x float> %1737, ptr %111, align 64
  %1738 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1712, <16 x float> %f16275, <16 x float> %1695)
  store <16 x float> %1738, ptr %122, align 64
  %1739 = getelementptr i8, ptr %1706, i64 192
  %1740 = load <16 x half>, ptr %1739, align 2
  %f16276 = fpext <16 x half> %1740 to <16 x float>
  %1741 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1708, <16 x float> %f16276, <16 x float> %1698)
  store <16 x float> %1741, ptr %102, align 64
  %1742 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1710, <16 x float> %f16276, <16 x float> %1699)
  store <16 x float> %1742, ptr %112, align 64
  %1743 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1712, <16 x float> %f16276, <16 x float> %1700)
  store <16 x float> %1743, ptr %123, align 64
  %1744 = getelementptr i8, ptr %1706, i64 224
  %1745 = load <16 x half>, ptr %1744, align 2
  %f16277 = fpext <16 x half> %1745 to <16 x float>
  %1746 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1708, <16 x float> %f16277, <16 x float> %1703)
  store <16 x float> %1746, ptr %103, align 64
  %1747 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1710, <16 x float> %f16277, <16 x float> %1704)
  store <16 x float> %1747, ptr %113, align 64
  %1748 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1712, <16 x float> %f16277, <16 x float> %1705)
  store <16 x float> %1748, ptr %124, align 64
  %1749 = getelementptr i8, ptr %24, i64 %838
  %1750 = load <16 x half>, ptr %1749, align 2
  %f16278 = fpext <16 x half> %1750 to <16 x float>
  %1751 = shufflevector <16 x float> %exp2169, <16 x float> poison, <16 x i32> <i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11>
  %1752 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1751, <16 x float> %f16278, <16 x float> %1709)
  store <16 x float> %1752, ptr %bacc658, align 64
  %1753 = shufflevector <16 x float> %exp2178, <16 x float> poison, <16 x i32> <i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11>
  %1754 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1753, <16 x float> %f16278, <16 x float> %1711)
  store <16 x float> %1754, ptr %106, align 64
  %1755 = shufflevector <16 x float> %exp2188, <16 x float> poison, <16 x i32> <i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11>
  %1756 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1755, <16 x float> %f16278, <16 x float> %1713)
  store <16 x float> %1756, ptr %117, align 64
  %1757 = getelementptr i8, ptr %1749, i64 32
  %1758 = load <16 x half>, ptr %1757, align 2
  %f16279 = fpext <16 x half> %1758 to <16 x float>
  %1759 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1751, <16 x float> %f16279, <16 x float> %1716)
  store <16 x float> %1759, ptr %97, align 64
  %1760 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1753, <16 x float> %f16279, <16 x float> %1717)
  store <16 x float> %1760, ptr %107, align 64
  %1761 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1755, <16 x float> %f16279, <16 x float> %1718)
  store <16 x float> %1761, ptr %118, align 64
  %1762 = getelementptr i8, ptr %1749, i64 64
  %1763 = load <16 x half>, ptr %1762, align 2
  %f16280 = fpext <16 x half> %1763 to <16 x float>
  %1764 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1751, <16 x float> %f16280, <16 x float> %1721)
  store <16 x float> %1764, ptr %98, align 64
  %1765 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1753, <16 x float> %f16280, <16 x float> %1722)
  store <16 x float> %1765, ptr %108, align 64
  %1766 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1755, <16 x float> %f16280, <16 x float> %1723)
  store <16 x float> %1766, ptr %119, align 64
  %1767 = getelementptr i8, ptr %1749, i64 96
  %1768 = load <16 x half>, ptr %1767, align 2
  %f16281 = fpext <16 x half> %1768 to <16 x float>
  %1769 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1751, <16 x float> %f16281, <16 x float> %1726)
  store <16 x float> %1769, ptr %99, align 64
  %1770 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1753, <16 x float> %f16281, <16 x float> %1727)
  store <16 x float> %1770, ptr %109, align 64
  %1771 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1755, <16 x float> %f16281, <16 x float> %1728)
  store <16 x float> %1771, ptr %120, align 64
  %1772 = getelementptr i8, ptr %1749, i64 128
  %1773 = load <16 x half>, ptr %1772, align 2
  %f16282 = fpext <16 x half> %1773 to <16 x float>
  %1774 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1751, <16 x float> %f16282, <16 x float> %1731)
  store <16 x float> %1774, ptr %100, align 64
  %1775 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1753, <16 x float> %f16282, <16 x float> %1732)
  store <16 x float> %1775, ptr %110, align 64
  %1776 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1755, <16 x float> %f16282, <16 x float> %1733)
  store <16 x float> %1776, ptr %121, align 64
  %1777 = getelementptr i8, ptr %1749, i64 160
  %1778 = load <16 x half>, ptr %1777, align 2
  %f16283 = fpext <16 x half> %1778 to <16 x float>
  %1779 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1751, <16 x float> %f16283, <16 x float> %1736)
  store <16 x float> %1779, ptr %101, align 64
  %1780 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1753, <16 x float> %f16283, <16 x float> %1737)
  store <16 x float> %1780, ptr %111, align 64
  %1781 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1755, <16 x float> %f16283, <16 x float> %1738)
  store <16 x float> %1781, ptr %122, align 64
  %1782 = getelementptr i8, ptr %1749, i64 192
  %1783 = load <16 x half>, ptr %1782, align 2
  %f16284 = fpext <16 x half> %1783 to <16 x float>
  %1784 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1751, <16 x float> %f16284, <16 x float> %1741)
  store <16 x float> %1784, ptr %102, align 64
  %1785 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1753, <16 x float> %f16284, <16 x float> %1742)
  store <16 x float> %1785, ptr %112, align 64
  %1786 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1755, <16 x float> %f16284, <16 x float> %1743)
  store <16 x float> %1786, ptr %123, align 64
  %1787 = getelementptr i8, ptr %1749, i64 224
  %1788 = load <16 x half>, ptr %1787, align 2
  %f16285 = fpext <16 x half> %1788 to <16 x float>
  %1789 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1751, <16 x float> %f16285, <16 x float> %1746)
  store <16 x float> %1789, ptr %103, align 64
  %1790 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1753, <16 x float> %f16285, <16 x float> %1747)
  store <16 x float> %1790, ptr %113, align 64
  %1791 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1755, <16 x float> %f16285, <16 x float> %1748)
  store <16 x float> %1791, ptr %124, align 64
  %1792 = getelementptr i8, ptr %24, i64 %899
  %1793 = load <16 x half>, ptr %1792, align 2
  %f16286 = fpext <16 x half> %1793 to <16 x float>
  %1794 = shufflevector <16 x float> %exp2169, <16 x float> poison, <16 x i32> <i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12>
  %1795 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1794, <16 x float> %f16286, <16 x float> %1752)
  store <16 x float> %1795, ptr %bacc658, align 64
  %1796 = shufflevector <16 x float> %exp2178, <16 x float> poison, <16 x i32> <i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12>
  %1797 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1796, <16 x float> %f16286, <16 x float> %1754)
  store <16 x float> %1797, ptr %106, align 64
  %1798 = shufflevector <16 x float> %exp2188, <16 x float> poison, <16 x i32> <i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12>
  %1799 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1798, <16 x float> %f16286, <16 x float> %1756)
  store <16 x float> %1799, ptr %117, align 64
  %1800 = getelementptr i8, ptr %1792, i64 32
  %1801 = load <16 x half>, ptr %1800, align 2
  %f16287 = fpext <16 x half> %1801 to <16 x float>
  %1802 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1794, <16 x float> %f16287, <16 x float> %1759)
  store <16 x float> %1802, ptr %97, align 64
  %1803 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1796, <16 x float> %f16287, <16 x float> %1760)
  store <16 x float> %1803, ptr %107, align 64
  %1804 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1798, <16 x float> %f16287, <16 x float> %1761)
  store <16 x float> %1804, ptr %118, align 64
  %1805 = getelementptr i8, ptr %1792, i64 64
  %1806 = load <16 x half>, ptr %1805, align 2
  %f16288 = fpext <16 x half> %1806 to <16 x float>
  %1807 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1794, <16 x float> %f16288, <16 x float> %1764)
  store <16 x float> %1807, ptr %98, align 64
  %1808 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1796, <16 x float> %f16288, <16 x float> %1765)
  store <16 x float> %1808, ptr %108, align 64
  %1809 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1798, <16 x float> %f16288, <16 x float> %1766)
  store <16 x float> %1809, ptr %119, align 64
  %1810 = getelementptr i8, ptr %1792, i64 96
  %1811 = load <16 x half>, ptr %1810, align 2
  %f16289 = fpext <16 x half> %1811 to <16 x float>
  %1812 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1794, <16 x float> %f16289, <16 x float> %1769)
  store <16 x float> %1812, ptr %99, align 64
  %1813 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1796, <16 x float> %f16289, <16 x float> %1770)
  store <16 x float> %1813, ptr %109, align 64
  %1814 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1798, <16 x float> %f16289, <16 x float> %1771)
  store <16 x float> %1814, ptr %120, align 64
  %1815 = getelementptr i8, ptr %1792, i64 128
  %1816 = load <16 x half>, ptr %1815, align 2
  %f16290 = fpext <16 x half> %1816 to <16 x float>
  %1817 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1794, <16 x float> %f16290, <16 x float> %1774)
  store <16 x float> %1817, ptr %100, align 64
  %1818 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1796, <16 x float> %f16290, <16 x float> %1775)
  store <16 x float> %1818, ptr %110, align 64
  %1819 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1798, <16 x float> %f16290, <16 x float> %1776)
  store <16 x float> %1819, ptr %121, align 64
  %1820 = getelementptr i8, ptr %1792, i64 160
  %1821 = load <16 x half>, ptr %1820, align 2
  %f16291 = fpext <16 x half> %1821 to <16 x float>
  %1822 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1794, <16 x float> %f16291, <16 x float> %1779)
  store <16 x float> %1822, ptr %101, align 64
  %1823 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1796, <16 x float> %f16291, <16 x float> %1780)
  store <16 x float> %1823, ptr %111, align 64
  %1824 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1798, <16 x float> %f16291, <16 x float> %1781)
  store <16 x float> %1824, ptr %122, align 64
  %1825 = getelementptr i8, ptr %1792, i64 192
  %1826 = load <16 x half>, ptr %1825, align 2
  %f16292 = fpext <16 x half> %1826 to <16 x float>
  %1827 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1794, <16 x float> %f16292, <16 x float> %1784)
  store <16 x float> %1827, ptr %102, align 64
  %1828 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1796, <16 x float> %f16292, <16 x float> %1785)
  store <16 x float> %1828, ptr %112, align 64
  %1829 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1798, <16 x float> %f16292, <16 x float> %1786)
  store <16 x float> %1829, ptr %123, align 64
  %1830 = getelementptr i8, ptr %1792, i64 224
  %1831 = load <16 x half>, ptr %1830, align 2
  %f16293 = fpext <16 x half> %1831 to <16 x float>
  %1832 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1794, <16 x float> %f16293, <16 x float> %1789)
  store <16 x float> %1832, ptr %103, align 64
  %1833 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1796, <16 x float> %f16293, <16 x float> %1790)
  store <16 x float> %1833, ptr %113, align 64
  %1834 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1798, <16 x float> %f16293, <16 x float> %1791)
  store <16 x float> %1834, ptr %124, align 64
  %1835 = getelementptr i8, ptr %24, i64 %942
  %1836 = load <16 x half>, ptr %1835, align 2
  %f16294 = fpext <16 x half> %1836 to <16 x float>
  %1837 = shufflevector <16 x float> %exp2169, <16 x float> poison, <16 x i32> <i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13>
  %1838 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1837, <16 x float> %f16294, <16 x float> %1795)
  store <16 x float> %1838, ptr %bacc658, align 64
  %1839 = shufflevector <16 x float> %exp2178, <16 x float> poison, <16 x i32> <i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13>
  %1840 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1839, <16 x float> %f16294, <16 x float> %1797)
  store <16 x float> %1840, ptr %106, align 64
  %1841 = shufflevector <16 x float> %exp2188, <16 x float> poison, <16 x i32> <i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13>
  %1842 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1841, <16 x float> %f16294, <16 x float> %1799)
  store <16 x float> %1842, ptr %117, align 64
  %1843 = getelementptr i8, ptr %1835, i64 32
  %1844 = load <16 x half>, ptr %1843, align 2
  %f16295 = fpext <16 x half> %1844 to <16 x float>
  %1845 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1837, <16 x float> %f16295, <16 x float> %1802)
  store <16 x float> %1845, ptr %97, align 64
  %1846 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1839, <16 x float> %f16295, <16 x float> %1803)
  store <16 x float> %1846, ptr %107, align 64
  %1847 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1841, <16 x float> %f16295, <16 x float> %1804)
  store <16 x float> %1847, ptr %118, align 64
  %1848 = getelementptr i8, ptr %1835, i64 64
  %1849 = load <16 x half>, ptr %1848, align 2
  %f16296 = fpext <16 x half> %1849 to <16 x float>
  %1850 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1837, <16 x float> %f16296, <16 x float> %1807)
  store <16 x float> %1850, ptr %98, align 64
  %1851 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1839, <16 x float> %f16296, <16 x float> %1808)
  store <16 x float> %1851, ptr %108, align 64
  %1852 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1841, <16 x float> %f16296, <16 x float> %1809)
  store <16 x float> %1852, ptr %119, align 64
  %1853 = getelementptr i8, ptr %1835, i64 96
  %1854 = load <16 x half>, ptr %1853, align 2
  %f16297 = fpext <16 x half> %1854 to <16 x float>
  %1855 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1837, <16 x float> %f16297, <16 x float> %1812)
  store <16 x float> %1855, ptr %99, align 64
  %1856 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1839, <16 x float> %f16297, <16 x float> %1813)
  store <16 x float> %1856, ptr %109, align 64
  %1857 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1841, <16 x float> %f16297, <16 x float> %1814)
  store <16 x float> %1857, ptr %120, align 64
  %1858 = getelementptr i8, ptr %1835, i64 128
  %1859 = load <16 x half>, ptr %1858, align 2
  %f16298 = fpext <16 x half> %1859 to <16 x float>
  %1860 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1837, <16 x float> %f16298, <16 x float> %1817)
  store <16 x float> %1860, ptr %100, align 64
  %1861 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1839, <16 x float> %f16298, <16 x float> %1818)
  store <16 x float> %1861, ptr %110, align 64
  %1862 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1841, <16 x float> %f16298, <16 x float> %1819)
  store <16 x float> %1862, ptr %121, align 64
  %1863 = getelementptr i8, ptr %1835, i64 160
  %1864 = load <16 x half>, ptr %1863, align 2
  %f16299 = fpext <16 x half> %1864 to <16 x float>
  %1865 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1837, <16 x float> %f16299, <16 x float> %1822)
  store <16 x float> %1865, ptr %101, align 64
  %1866 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1839, <16 x float> %f16299, <16 x float> %1823)
  store <16 x float> %1866, ptr %111, align 64
  %1867 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1841, <16 x float> %f16299, <16 x float> %1824)
  store <16 x float> %1867, ptr %122, align 64
  %1868 = getelementptr i8, ptr %1835, i64 192
  %1869 = load <16 x half>, ptr %1868, align 2
  %f16300 = fpext <16 x half> %1869 to <16 x float>
  %1870 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1837, <16 x float> %f16300, <16 x float> %1827)
  store <16 x float> %1870, ptr %102, align 64
  %1871 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1839, <16 x float> %f16300, <16 x float> %1828)
  store <16 x float> %1871, ptr %112, align 64
  %1872 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1841, <16 x float> %f16300, <16 x float> %1829)
  store <16 x float> %1872, ptr %123, align 64
  %1873 = getelementptr i8, ptr %1835, i64 224
  %1874 = load <16 x half>, ptr %1873, align 2
  %f16301 = fpext <16 x half> %1874 to <16 x float>
  %1875 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1837, <16 x float> %f16301, <16 x float> %1832)
  store <16 x float> %1875, ptr %103, align 64
  %1876 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1839, <16 x float> %f16301, <16 x float> %1833)
  store <16 x float> %1876, ptr %113, align 64
  %1877 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1841, <16 x float> %f16301, <16 x float> %1834)
  store <16 x float> %1877, ptr %124, align 64
  %1878 = getelementptr i8, ptr %24, i64 %994
  %1879 = load <16 x half>, ptr %1878, align 2
  %f16302 = fpext <16 x half> %1879 to <16 x float>
  %1880 = shufflevector <16 x float> %exp2169, <16 x float> poison, <16 x i32> <i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14>
  %1881 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1880, <16 x float> %f16302, <16 x float> %1838)
  store <16 x float> %1881, ptr %bacc658, align 64
  %1882 = shufflevector <16 x float> %exp2178, <16 x float> poison, <16 x i32> <i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14>
  %1883 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1882, <16 x float> %f16302, <16 x float> %1840)
  store <16 x float> %1883, ptr %106, align 64
  %1884 = shufflevector <16 x float> %exp2188, <16 x float> poison, <16 x i32> <i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14>
  %1885 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1884, <16 x float> %f16302, <16 x float> %1842)
  store <16 x float> %1885, ptr %117, align 64
  %1886 = getelementptr i8, ptr %1878, i64 32
  %1887 = load <16 x half>, ptr %1886, align 2
  %f16303 = fpext <16 x half> %1887 to <16 x float>
  %1888 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1880, <16 x float> %f16303, <16 x float> %1845)
  store <16 x float> %1888, ptr %97, align 64
  %1889 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1882, <16 x float> %f16303, <16 x float> %1846)
  store <16 x float> %1889, ptr %107, align 64
  %1890 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1884, <16 x float> %f16303, <16 x float> %1847)
  store <16 x float> %1890, ptr %118, align 64
  %1891 = getelementptr i8, ptr %1878, i64 64
  %1892 = load <16 x half>, ptr %1891, align 2
  %f16304 = fpext <16 x half> %1892 to <16 x float>
  %1893 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1880, <16 x float> %f16304, <16 x float> %1850)
  store <16 x float> %1893, ptr %98, align 64
  %1894 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1882, <16 x float> %f16304, <16 x float> %1851)
  store <16 x float> %1894, ptr %108, align 64
  %1895 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1884, <16 x float> %f16304, <16 x float> %1852)
  store <16 x float> %1895, ptr %119, align 64
  %1896 = getelementptr i8, ptr %1878, i64 96
  %1897 = load <16 x half>, ptr %1896, align 2
  %f16305 = fpext <16 x half> %1897 to <16 x float>
  %1898 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1880, <16 x float> %f16305, <16 x float> %1855)
  store <16 x float> %1898, ptr %99, align 64
  %1899 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1882, <16 x float> %f16305, <16 x float> %1856)
  store <16 x float> %1899, ptr %109, align 64
  %1900 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1884, <16 x float> %f16305, <16 x float> %1857)
  store <16 x float> %1900, ptr %120, align 64
  %1901 = getelementptr i8, ptr %1878, i64 128
  %1902 = load <16 x half>, ptr %1901, align 2
  %f16306 = fpext <16 x half> %1902 to <16 x float>
  %1903 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1880, <16 x float> %f16306, <16 x float> %1860)
  store <16 x float> %1903, ptr %100, align 64
  %1904 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1882, <16 x float> %f16306, <16 x float> %1861)
  store <16 x float> %1904, ptr %110, align 64
  %1905 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1884, <16 x float> %f16306, <16 x float> %1862)
  store <16 x float> %1905, ptr %121, align 64
  %1906 = getelementptr i8, ptr %1878, i64 160
  %1907 = load <16 x half>, ptr %1906, align 2
  %f16307 = fpext <16 x half> %1907 to <16 x float>
  %1908 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1880, <16 x float> %f16307, <16 x float> %1865)
  store <16 x float> %1908, ptr %101, align 64
  %1909 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1882, <16 x float> %f16307, <16 x float> %1866)
  store <16 x float> %1909, ptr %111, align 64
  %1910 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1884, <16 x float> %f16307, <16 x float> %1867)
  store <16 x float> %1910, ptr %122, align 64
  %1911 = getelementptr i8, ptr %1878, i64 192
  %1912 = load <16 x half>, ptr %1911, align 2
  %f16308 = fpext <16 x half> %1912 to <16 x float>
  %1913 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1880, <16 x float> %f16308, <16 x float> %1870)
  store <16 x float> %1913, ptr %102, align 64
  %1914 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1882, <16 x float> %f16308, <16 x float> %1871)
  store <16 x float> %1914, ptr %112, align 64
  %1915 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1884, <16 x float> %f16308, <16 x float> %1872)
  store <16 x float> %1915, ptr %123, align 64
  %1916 = getelementptr i8, ptr %1878, i64 224
  %1917 = load <16 x half>, ptr %1916, align 2
  %f16309 = fpext <16 x half> %1917 to <16 x float>
  %1918 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1880, <16 x float> %f16309, <16 x float> %1875)
  store <16 x float> %1918, ptr %103, align 64
  %1919 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1882, <16 x float> %f16309, <16 x float> %1876)
  store <16 x float> %1919, ptr %113, align 64
  %1920 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1884, <16 x float> %f16309, <16 x float> %1877)
  store <16 x float> %1920, ptr %124, align 64
  %1921 = getelementptr i8, ptr %24, i64 %1037
  %1922 = load <16 x half>, ptr %1921, align 2
  %f16310 = fpext <16 x half> %1922 to <16 x float>
  %1923 = shufflevector <16 x float> %exp2169, <16 x float> poison, <16 x i32> <i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15>
  %1924 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1923, <16 x float> %f16310, <16 x float> %1881)
  store <16 x float> %1924, ptr %bacc658, align 64
  %1925 = shufflevector <16 x float> %exp2178, <16 x float> poison, <16 x i32> <i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15>
  %1926 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1925, <16 x float> %f16310, <16 x float> %1883)
  store <16 x float> %1926, ptr %106, align 64
  %1927 = shufflevector <16 x float> %exp2188, <16 x float> poison, <16 x i32> <i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15>
  %1928 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1927, <16 x float> %f16310, <16 x float> %1885)
  store <16 x float> %1928, ptr %117, align 64
  %1929 = getelementptr i8, ptr %1921, i64 32
  %1930 = load <16 x half>, ptr %1929, align 2
  %f16311 = fpext <16 x half> %1930 to <16 x float>
  %1931 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1923, <16 x float> %f16311, <16 x float> %1888)
  store <16 x float> %1931, ptr %97, align 64
  %1932 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1925, <16 x float> %f16311, <16 x float> %1889)
  store <16 x float> %1932, ptr %107, align 64
  %1933 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1927, <16 x float> %f16311, <16 x float> %1890)
  store <16 x float> %1933, ptr %118, align 64
  %1934 = getelementptr i8, ptr %1921, i64 64
  %1935 = load <16 x half>, ptr %1934, align 2
  %f16312 = fpext <16 x half> %1935 to <16 x float>
  %1936 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1923, <16 x float> %f16312, <16 x float> %1893)
  store <16 x float> %1936, ptr %98, align 64
  %1937 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1925, <16 x float> %f16312, <16 x float> %1894)
  store <16 x float> %1937, ptr %108, align 64
  %1938 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1927, <16 x float> %f16312, <16 x float> %1895)
  store <16 x float> %1938, ptr %119, align 64
  %1939 = getelementptr i8, ptr %1921, i64 96
  %1940 = load <16 x half>, ptr %1939, align 2
  %f16313 = fpext <16 x half> %1940 to <16 x float>
  %1941 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1923, <16 x float> %f16313, <16 x float> %1898)
  store <16 x float> %1941, ptr %99, align 64
  %1942 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1925, <16 x float> %f16313, <16 x float> %1899)
  store <16 x float> %1942, ptr %109, align 64
  %1943 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1927, <16 x float> %f16313, <16 x float> %1900)
  store <16 x float> %1943, ptr %120, align 64
  %1944 = getelementptr i8, ptr %1921, i64 128
  %1945 = load <16 x half>, ptr %1944, align 2
  %f16314 = fpext <16 x half> %1945 to <16 x float>
  %1946 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1923, <16 x float> %f16314, <16 x float> %1903)
  store <16 x float> %1946, ptr %100, align 64
  %1947 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1925, <16 x float> %f16314, <16 x float> %1904)
  store <16 x float> %1947, ptr %110, align 64
  %1948 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1927, <16 x float> %f16314, <16 x float> %1905)
  store <16 x float> %1948, ptr %121, align 64
  %1949 = getelementptr i8, ptr %1921, i64 160
  %1950 = load <16 x half>, ptr %1949, align 2
  %f16315 = fpext <16 x half> %1950 to <16 x float>
  %1951 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1923, <16 x float> %f16315, <16 x float> %1908)
  store <16 x float> %1951, ptr %101, align 64
  %1952 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1925, <16 x float> %f16315, <16 x float> %1909)
  store <16 x float> %1952, ptr %111, align 64
  %1953 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1927, <16 x float> %f16315, <16 x float> %1910)
  store <16 x float> %1953, ptr %122, align 64
  %1954 = getelementptr i8, ptr %1921, i64 192
  %1955 = load <16 x half>, ptr %1954, align 2
  %f16316 = fpext <16 x half> %1955 to <16 x float>
  %1956 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1923, <16 x float> %f16316, <16 x float> %1913)
  store <16 x float> %1956, ptr %102, align 64
  %1957 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1925, <16 x float> %f16316, <16 x float> %1914)
  store <16 x float> %1957, ptr %112, align 64
  %1958 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1927, <16 x float> %f16316, <16 x float> %1915)
  store <16 x float> %1958, ptr %123, align 64
  %1959 = getelementptr i8, ptr %1921, i64 224
  %1960 = load <16 x half>, ptr %1959, align 2
  %f16317 = fpext <16 x half> %1960 to <16 x float>
  %1961 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1923, <16 x float> %f16317, <16 x float> %1918)
  store <16 x float> %1961, ptr %103, align 64
  %1962 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1925, <16 x float> %f16317, <16 x float> %1919)
  store <16 x float> %1962, ptr %113, align 64
  %1963 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %1927, <16 x float> %f16317, <16 x float> %1920)
  store <16 x float> %1963, ptr %124, align 64
  %1964 = add nsw i32 %kfull13, 16
  br label %kfull

kmask:                                            ; preds = %kfull, %body318
  %1965 = phi <16 x float> [ %3687, %body318 ], [ %278, %kfull ]
  %1966 = phi <16 x float> [ %3682, %body318 ], [ %279, %kfull ]
  %1967 = phi <16 x float> [ %3677, %body318 ], [ %280, %kfull ]
  %1968 = phi <16 x float> [ %3672, %body318 ], [ %281, %kfull ]
  %1969 = phi <16 x float> [ %3667, %body318 ], [ %282, %kfull ]
  %1970 = phi <16 x float> [ %3662, %body318 ], [ %283, %kfull ]
  %1971 = phi <16 x float> [ %3657, %body318 ], [ %284, %kfull ]
  %1972 = phi <16 x float> [ %3652, %body318 ], [ %285, %kfull ]
  %1973 = phi <16 x float> [ %3686, %body318 ], [ %286, %kfull ]
  %1974 = phi <16 x float> [ %3681, %body318 ], [ %287, %kfull ]
  %1975 = phi <16 x float> [ %3676, %body318 ], [ %288, %kfull ]
  %1976 = phi <16 x float> [ %3671, %body318 ], [ %289, %kfull ]
  %1977 = phi <16 x float> [ %3666, %body318 ], [ %290, %kfull ]
  %kmask321 = phi i32 [ %3688, %body318 ], [ %150, %kfull ]
  %1978 = icmp slt i32 %kmask321, %145
  br i1 %1978, label %body318, label %exit320

body318:                                          ; preds = %kmask
  %q322 = load <16 x float>, ptr %253, align 64
  %q323 = load <16 x float>, ptr %254, align 64
  %q324 = load <16 x float>, ptr %255, align 64
  %q325 = load <16 x float>, ptr %256, align 64
  %q326 = load <16 x float>, ptr %257, align 64
  %q327 = load <16 x float>, ptr %258, align 64
  %q328 = load <16 x float>, ptr %259, align 64
  %q329 = load <16 x float>, ptr %260, align 64
  %q330 = load <16 x float>, ptr %261, align 64
  %q331 = load <16 x float>, ptr %262, align 64
  %q332 = load <16 x float>, ptr %263, align 64
  %q333 = load <16 x float>, ptr %264, align 64
  %q334 = load <16 x float>, ptr %265, align 64
  %q335 = load <16 x float>, ptr %266, align 64
  %q336 = load <16 x float>, ptr %267, align 64
  %q337 = load <16 x float>, ptr %268, align 64
  %q338 = load <16 x float>, ptr %269, align 64
  %q339 = load <16 x float>, ptr %270, align 64
  %q340 = load <16 x float>, ptr %271, align 64
  %q341 = load <16 x float>, ptr %272, align 64
  %q342 = load <16 x float>, ptr %273, align 64
  %q343 = load <16 x float>, ptr %274, align 64
  %q344 = load <16 x float>, ptr %275, align 64
  %q345 = load <16 x float>, ptr %276, align 64
  %1979 = call i32 @llvm.smin.i32(i32 %kmask321, i32 %126)
  %1980 = sext i32 %1979 to i64
  %1981 = shl nsw i64 %1980, 11
  %1982 = getelementptr i8, ptr %22, i64 %1981
  %1983 = load <16 x half>, ptr %1982, align 2
  %f16346 = fpext <16 x half> %1983 to <16 x float>
  %1984 = getelementptr i8, ptr %1982, i64 32
  %1985 = load <16 x half>, ptr %1984, align 2
  %f16347 = fpext <16 x half> %1985 to <16 x float>
  %1986 = getelementptr i8, ptr %1982, i64 64
  %1987 = load <16 x half>, ptr %1986, align 2
  %f16348 = fpext <16 x half> %1987 to <16 x float>
  %1988 = getelementptr i8, ptr %1982, i64 96
  %1989 = load <16 x half>, ptr %1988, align 2
  %f16349 = fpext <16 x half> %1989 to <16 x float>
  %1990 = getelementptr i8, ptr %1982, i64 128
  %1991 = load <16 x half>, ptr %1990, align 2
  %f16350 = fpext <16 x half> %1991 to <16 x float>
  %1992 = getelementptr i8, ptr %1982, i64 160
  %1993 = load <16 x half>, ptr %1992, align 2
  %f16351 = fpext <16 x half> %1993 to <16 x float>
  %1994 = getelementptr i8, ptr %1982, i64 192
  %1995 = load <16 x half>, ptr %1994, align 2
  %f16352 = fpext <16 x half> %1995 to <16 x float>
  %1996 = getelementptr i8, ptr %1982, i64 224
  %1997 = load <16 x half>, ptr %1996, align 2
  %f16353 = fpext <16 x half> %1997 to <16 x float>
  %1998 = fmul <16 x float> %q322, %f16346
  %1999 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q323, <16 x float> %f16347, <16 x float> %1998)
  %2000 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q324, <16 x float> %f16348, <16 x float> %1999)
  %2001 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q325, <16 x float> %f16349, <16 x float> %2000)
  %2002 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q326, <16 x float> %f16350, <16 x float> %2001)
  %2003 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q327, <16 x float> %f16351, <16 x float> %2002)
  %2004 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q328, <16 x float> %f16352, <16 x float> %2003)
  %2005 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q329, <16 x float> %f16353, <16 x float> %2004)
  %2006 = fmul <16 x float> %q330, %f16346
  %2007 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q331, <16 x float> %f16347, <16 x float> %2006)
  %2008 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q332, <16 x float> %f16348, <16 x float> %2007)
  %2009 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q333, <16 x float> %f16349, <16 x float> %2008)
  %2010 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q334, <16 x float> %f16350, <16 x float> %2009)
  %2011 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q335, <16 x float> %f16351, <16 x float> %2010)
  %2012 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q336, <16 x float> %f16352, <16 x float> %2011)
  %2013 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q337, <16 x float> %f16353, <16 x float> %2012)
  %2014 = fmul <16 x float> %q338, %f16346
  %2015 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q339, <16 x float> %f16347, <16 x float> %2014)
  %2016 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q340, <16 x float> %f16348, <16 x float> %2015)
  %2017 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q341, <16 x float> %f16349, <16 x float> %2016)
  %2018 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q342, <16 x float> %f16350, <16 x float> %2017)
  %2019 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q343, <16 x float> %f16351, <16 x float> %2018)
  %2020 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q344, <16 x float> %f16352, <16 x float> %2019)
  %2021 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q345, <16 x float> %f16353, <16 x float> %2020)
  %2022 = add i32 %kmask321, 1
  %2023 = call i32 @llvm.smin.i32(i32 %2022, i32 %126)
  %2024 = sext i32 %2023 to i64
  %2025 = shl nsw i64 %2024, 11
  %2026 = getelementptr i8, ptr %22, i64 %2025
  %2027 = load <16 x half>, ptr %2026, align 2
  %f16354 = fpext <16 x half> %2027 to <16 x float>
  %2028 = getelementptr i8, ptr %2026, i64 32
  %2029 = load <16 x half>, ptr %2028, align 2
  %f16355 = fpext <16 x half> %2029 to <16 x float>
  %2030 = getelementptr i8, ptr %2026, i64 64
  %2031 = load <16 x half>, ptr %2030, align 2
  %f16356 = fpext <16 x half> %2031 to <16 x float>
  %2032 = getelementptr i8, ptr %2026, i64 96
  %2033 = load <16 x half>, ptr %2032, align 2
  %f16357 = fpext <16 x half> %2033 to <16 x float>
  %2034 = getelementptr i8, ptr %2026, i64 128
  %2035 = load <16 x half>, ptr %2034, align 2
  %f16358 = fpext <16 x half> %2035 to <16 x float>
  %2036 = getelementptr i8, ptr %2026, i64 160
  %2037 = load <16 x half>, ptr %2036, align 2
  %f16359 = fpext <16 x half> %2037 to <16 x float>
  %2038 = getelementptr i8, ptr %2026, i64 192
  %2039 = load <16 x half>, ptr %2038, align 2
  %f16360 = fpext <16 x half> %2039 to <16 x float>
  %2040 = getelementptr i8, ptr %2026, i64 224
  %2041 = load <16 x half>, ptr %2040, align 2
  %f16361 = fpext <16 x half> %2041 to <16 x float>
  %2042 = fmul <16 x float> %q322, %f16354
  %2043 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q323, <16 x float> %f16355, <16 x float> %2042)
  %2044 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q324, <16 x float> %f16356, <16 x float> %2043)
  %2045 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q325, <16 x float> %f16357, <16 x float> %2044)
  %2046 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q326, <16 x float> %f16358, <16 x float> %2045)
  %2047 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q327, <16 x float> %f16359, <16 x float> %2046)
  %2048 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q328, <16 x float> %f16360, <16 x float> %2047)
  %2049 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q329, <16 x float> %f16361, <16 x float> %2048)
  %2050 = shufflevector <16 x float> %2005, <16 x float> %2049, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2051 = shufflevector <16 x float> %2005, <16 x float> %2049, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2052 = fadd <16 x float> %2050, %2051
  %2053 = fmul <16 x float> %q330, %f16354
  %2054 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q331, <16 x float> %f16355, <16 x float> %2053)
  %2055 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q332, <16 x float> %f16356, <16 x float> %2054)
  %2056 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q333, <16 x float> %f16357, <16 x float> %2055)
  %2057 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q334, <16 x float> %f16358, <16 x float> %2056)
  %2058 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q335, <16 x float> %f16359, <16 x float> %2057)
  %2059 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q336, <16 x float> %f16360, <16 x float> %2058)
  %2060 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q337, <16 x float> %f16361, <16 x float> %2059)
  %2061 = shufflevector <16 x float> %2013, <16 x float> %2060, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2062 = shufflevector <16 x float> %2013, <16 x float> %2060, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2063 = fadd <16 x float> %2061, %2062
  %2064 = fmul <16 x float> %q338, %f16354
  %2065 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q339, <16 x float> %f16355, <16 x float> %2064)
  %2066 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q340, <16 x float> %f16356, <16 x float> %2065)
  %2067 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q341, <16 x float> %f16357, <16 x float> %2066)
  %2068 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q342, <16 x float> %f16358, <16 x float> %2067)
  %2069 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q343, <16 x float> %f16359, <16 x float> %2068)
  %2070 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q344, <16 x float> %f16360, <16 x float> %2069)
  %2071 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q345, <16 x float> %f16361, <16 x float> %2070)
  %2072 = shufflevector <16 x float> %2021, <16 x float> %2071, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2073 = shufflevector <16 x float> %2021, <16 x float> %2071, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2074 = fadd <16 x float> %2072, %2073
  %2075 = add i32 %kmask321, 2
  %2076 = call i32 @llvm.smin.i32(i32 %2075, i32 %126)
  %2077 = sext i32 %2076 to i64
  %2078 = shl nsw i64 %2077, 11
  %2079 = getelementptr i8, ptr %22, i64 %2078
  %2080 = load <16 x half>, ptr %2079, align 2
  %f16362 = fpext <16 x half> %2080 to <16 x float>
  %2081 = getelementptr i8, ptr %2079, i64 32
  %2082 = load <16 x half>, ptr %2081, align 2
  %f16363 = fpext <16 x half> %2082 to <16 x float>
  %2083 = getelementptr i8, ptr %2079, i64 64
  %2084 = load <16 x half>, ptr %2083, align 2
  %f16364 = fpext <16 x half> %2084 to <16 x float>
  %2085 = getelementptr i8, ptr %2079, i64 96
  %2086 = load <16 x half>, ptr %2085, align 2
  %f16365 = fpext <16 x half> %2086 to <16 x float>
  %2087 = getelementptr i8, ptr %2079, i64 128
  %2088 = load <16 x half>, ptr %2087, align 2
  %f16366 = fpext <16 x half> %2088 to <16 x float>
  %2089 = getelementptr i8, ptr %2079, i64 160
  %2090 = load <16 x half>, ptr %2089, align 2
  %f16367 = fpext <16 x half> %2090 to <16 x float>
  %2091 = getelementptr i8, ptr %2079, i64 192
  %2092 = load <16 x half>, ptr %2091, align 2
  %f16368 = fpext <16 x half> %2092 to <16 x float>
  %2093 = getelementptr i8, ptr %2079, i64 224
  %2094 = load <16 x half>, ptr %2093, align 2
  %f16369 = fpext <16 x half> %2094 to <16 x float>
  %2095 = fmul <16 x float> %q322, %f16362
  %2096 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q323, <16 x float> %f16363, <16 x float> %2095)
  %2097 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q324, <16 x float> %f16364, <16 x float> %2096)
  %2098 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q325, <16 x float> %f16365, <16 x float> %2097)
  %2099 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q326, <16 x float> %f16366, <16 x float> %2098)
  %2100 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q327, <16 x float> %f16367, <16 x float> %2099)
  %2101 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q328, <16 x float> %f16368, <16 x float> %2100)
  %2102 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q329, <16 x float> %f16369, <16 x float> %2101)
  %2103 = fmul <16 x float> %q330, %f16362
  %2104 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q331, <16 x float> %f16363, <16 x float> %2103)
  %2105 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q332, <16 x float> %f16364, <16 x float> %2104)
  %2106 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q333, <16 x float> %f16365, <16 x float> %2105)
  %2107 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q334, <16 x float> %f16366, <16 x float> %2106)
  %2108 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q335, <16 x float> %f16367, <16 x float> %2107)
  %2109 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q336, <16 x float> %f16368, <16 x float> %2108)
  %2110 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q337, <16 x float> %f16369, <16 x float> %2109)
  %2111 = fmul <16 x float> %q338, %f16362
  %2112 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q339, <16 x float> %f16363, <16 x float> %2111)
  %2113 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q340, <16 x float> %f16364, <16 x float> %2112)
  %2114 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q341, <16 x float> %f16365, <16 x float> %2113)
  %2115 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q342, <16 x float> %f16366, <16 x float> %2114)
  %2116 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q343, <16 x float> %f16367, <16 x float> %2115)
  %2117 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q344, <16 x float> %f16368, <16 x float> %2116)
  %2118 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q345, <16 x float> %f16369, <16 x float> %2117)
  %2119 = add i32 %kmask321, 3
  %2120 = call i32 @llvm.smin.i32(i32 %2119, i32 %126)
  %2121 = sext i32 %2120 to i64
  %2122 = shl nsw i64 %2121, 11
  %2123 = getelementptr i8, ptr %22, i64 %2122
  %2124 = load <16 x half>, ptr %2123, align 2
  %f16370 = fpext <16 x half> %2124 to <16 x float>
  %2125 = getelementptr i8, ptr %2123, i64 32
  %2126 = load <16 x half>, ptr %2125, align 2
  %f16371 = fpext <16 x half> %2126 to <16 x float>
  %2127 = getelementptr i8, ptr %2123, i64 64
  %2128 = load <16 x half>, ptr %2127, align 2
  %f16372 = fpext <16 x half> %2128 to <16 x float>
  %2129 = getelementptr i8, ptr %2123, i64 96
  %2130 = load <16 x half>, ptr %2129, align 2
  %f16373 = fpext <16 x half> %2130 to <16 x float>
  %2131 = getelementptr i8, ptr %2123, i64 128
  %2132 = load <16 x half>, ptr %2131, align 2
  %f16374 = fpext <16 x half> %2132 to <16 x float>
  %2133 = getelementptr i8, ptr %2123, i64 160
  %2134 = load <16 x half>, ptr %2133, align 2
  %f16375 = fpext <16 x half> %2134 to <16 x float>
  %2135 = getelementptr i8, ptr %2123, i64 192
  %2136 = load <16 x half>, ptr %2135, align 2
  %f16376 = fpext <16 x half> %2136 to <16 x float>
  %2137 = getelementptr i8, ptr %2123, i64 224
  %2138 = load <16 x half>, ptr %2137, align 2
  %f16377 = fpext <16 x half> %2138 to <16 x float>
  %2139 = fmul <16 x float> %q322, %f16370
  %2140 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q323, <16 x float> %f16371, <16 x float> %2139)
  %2141 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q324, <16 x float> %f16372, <16 x float> %2140)
  %2142 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q325, <16 x float> %f16373, <16 x float> %2141)
  %2143 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q326, <16 x float> %f16374, <16 x float> %2142)
  %2144 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q327, <16 x float> %f16375, <16 x float> %2143)
  %2145 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q328, <16 x float> %f16376, <16 x float> %2144)
  %2146 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q329, <16 x float> %f16377, <16 x float> %2145)
  %2147 = shufflevector <16 x float> %2102, <16 x float> %2146, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2148 = shufflevector <16 x float> %2102, <16 x float> %2146, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2149 = fadd <16 x float> %2147, %2148
  %2150 = shufflevector <16 x float> %2052, <16 x float> %2149, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %2151 = shufflevector <16 x float> %2052, <16 x float> %2149, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %2152 = fadd <16 x float> %2150, %2151
  %2153 = fmul <16 x float> %q330, %f16370
  %2154 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q331, <16 x float> %f16371, <16 x float> %2153)
  %2155 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q332, <16 x float> %f16372, <16 x float> %2154)
  %2156 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q333, <16 x float> %f16373, <16 x float> %2155)
  %2157 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q334, <16 x float> %f16374, <16 x float> %2156)
  %2158 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q335, <16 x float> %f16375, <16 x float> %2157)
  %2159 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q336, <16 x float> %f16376, <16 x float> %2158)
  %2160 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q337, <16 x float> %f16377, <16 x float> %2159)
  %2161 = shufflevector <16 x float> %2110, <16 x float> %2160, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2162 = shufflevector <16 x float> %2110, <16 x float> %2160, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2163 = fadd <16 x float> %2161, %2162
  %2164 = shufflevector <16 x float> %2063, <16 x float> %2163, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %2165 = shufflevector <16 x float> %2063, <16 x float> %2163, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %2166 = fadd <16 x float> %2164, %2165
  %2167 = fmul <16 x float> %q338, %f16370
  %2168 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q339, <16 x float> %f16371, <16 x float> %2167)
  %2169 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q340, <16 x float> %f16372, <16 x float> %2168)
  %2170 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q341, <16 x float> %f16373, <16 x float> %2169)
  %2171 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q342, <16 x float> %f16374, <16 x float> %2170)
  %2172 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q343, <16 x float> %f16375, <16 x float> %2171)
  %2173 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q344, <16 x float> %f16376, <16 x float> %2172)
  %2174 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q345, <16 x float> %f16377, <16 x float> %2173)
  %2175 = shufflevector <16 x float> %2118, <16 x float> %2174, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2176 = shufflevector <16 x float> %2118, <16 x float> %2174, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2177 = fadd <16 x float> %2175, %2176
  %2178 = shufflevector <16 x float> %2074, <16 x float> %2177, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %2179 = shufflevector <16 x float> %2074, <16 x float> %2177, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %2180 = fadd <16 x float> %2178, %2179
  %2181 = add i32 %kmask321, 4
  %2182 = call i32 @llvm.smin.i32(i32 %2181, i32 %126)
  %2183 = sext i32 %2182 to i64
  %2184 = shl nsw i64 %2183, 11
  %2185 = getelementptr i8, ptr %22, i64 %2184
  %2186 = load <16 x half>, ptr %2185, align 2
  %f16378 = fpext <16 x half> %2186 to <16 x float>
  %2187 = getelementptr i8, ptr %2185, i64 32
  %2188 = load <16 x half>, ptr %2187, align 2
  %f16379 = fpext <16 x half> %2188 to <16 x float>
  %2189 = getelementptr i8, ptr %2185, i64 64
  %2190 = load <16 x half>, ptr %2189, align 2
  %f16380 = fpext <16 x half> %2190 to <16 x float>
  %2191 = getelementptr i8, ptr %2185, i64 96
  %2192 = load <16 x half>, ptr %2191, align 2
  %f16381 = fpext <16 x half> %2192 to <16 x float>
  %2193 = getelementptr i8, ptr %2185, i64 128
  %2194 = load <16 x half>, ptr %2193, align 2
  %f16382 = fpext <16 x half> %2194 to <16 x float>
  %2195 = getelementptr i8, ptr %2185, i64 160
  %2196 = load <16 x half>, ptr %2195, align 2
  %f16383 = fpext <16 x half> %2196 to <16 x float>
  %2197 = getelementptr i8, ptr %2185, i64 192
  %2198 = load <16 x half>, ptr %2197, align 2
  %f16384 = fpext <16 x half> %2198 to <16 x float>
  %2199 = getelementptr i8, ptr %2185, i64 224
  %2200 = load <16 x half>, ptr %2199, align 2
  %f16385 = fpext <16 x half> %2200 to <16 x float>
  %2201 = fmul <16 x float> %q322, %f16378
  %2202 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q323, <16 x float> %f16379, <16 x float> %2201)
  %2203 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q324, <16 x float> %f16380, <16 x float> %2202)
  %2204 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q325, <16 x float> %f16381, <16 x float> %2203)
  %2205 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q326, <16 x float> %f16382, <16 x float> %2204)
  %2206 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q327, <16 x float> %f16383, <16 x float> %2205)
  %2207 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q328, <16 x float> %f16384, <16 x float> %2206)
  %2208 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q329, <16 x float> %f16385, <16 x float> %2207)
  %2209 = fmul <16 x float> %q330, %f16378
  %2210 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q331, <16 x float> %f16379, <16 x float> %2209)
  %2211 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q332, <16 x float> %f16380, <16 x float> %2210)
  %2212 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q333, <16 x float> %f16381, <16 x float> %2211)
  %2213 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q334, <16 x float> %f16382, <16 x float> %2212)
  %2214 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q335, <16 x float> %f16383, <16 x float> %2213)
  %2215 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q336, <16 x float> %f16384, <16 x float> %2214)
  %2216 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q337, <16 x float> %f16385, <16 x float> %2215)
  %2217 = fmul <16 x float> %q338, %f16378
  %2218 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q339, <16 x float> %f16379, <16 x float> %2217)
  %2219 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q340, <16 x float> %f16380, <16 x float> %2218)
  %2220 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q341, <16 x float> %f16381, <16 x float> %2219)
  %2221 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q342, <16 x float> %f16382, <16 x float> %2220)
  %2222 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q343, <16 x float> %f16383, <16 x float> %2221)
  %2223 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q344, <16 x float> %f16384, <16 x float> %2222)
  %2224 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q345, <16 x float> %f16385, <16 x float> %2223)
  %2225 = add i32 %kmask321, 5
  %2226 = call i32 @llvm.smin.i32(i32 %2225, i32 %126)
  %2227 = sext i32 %2226 to i64
  %2228 = shl nsw i64 %2227, 11
  %2229 = getelementptr i8, ptr %22, i64 %2228
  %2230 = load <16 x half>, ptr %2229, align 2
  %f16386 = fpext <16 x half> %2230 to <16 x float>
  %2231 = getelementptr i8, ptr %2229, i64 32
  %2232 = load <16 x half>, ptr %2231, align 2
  %f16387 = fpext <16 x half> %2232 to <16 x float>
  %2233 = getelementptr i8, ptr %2229, i64 64
  %2234 = load <16 x half>, ptr %2233, align 2
  %f16388 = fpext <16 x half> %2234 to <16 x float>
  %2235 = getelementptr i8, ptr %2229, i64 96
  %2236 = load <16 x half>, ptr %2235, align 2
  %f16389 = fpext <16 x half> %2236 to <16 x float>
  %2237 = getelementptr i8, ptr %2229, i64 128
  %2238 = load <16 x half>, ptr %2237, align 2
  %f16390 = fpext <16 x half> %2238 to <16 x float>
  %2239 = getelementptr i8, ptr %2229, i64 160
  %2240 = load <16 x half>, ptr %2239, align 2
  %f16391 = fpext <16 x half> %2240 to <16 x float>
  %2241 = getelementptr i8, ptr %2229, i64 192
  %2242 = load <16 x half>, ptr %2241, align 2
  %f16392 = fpext <16 x half> %2242 to <16 x float>
  %2243 = getelementptr i8, ptr %2229, i64 224
  %2244 = load <16 x half>, ptr %2243, align 2
  %f16393 = fpext <16 x half> %2244 to <16 x float>
  %2245 = fmul <16 x float> %q322, %f16386
  %2246 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q323, <16 x float> %f16387, <16 x float> %2245)
  %2247 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q324, <16 x float> %f16388, <16 x float> %2246)
  %2248 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q325, <16 x float> %f16389, <16 x float> %2247)
  %2249 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q326, <16 x float> %f16390, <16 x float> %2248)
  %2250 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q327, <16 x float> %f16391, <16 x float> %2249)
  %2251 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q328, <16 x float> %f16392, <16 x float> %2250)
  %2252 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q329, <16 x float> %f16393, <16 x float> %2251)
  %2253 = shufflevector <16 x float> %2208, <16 x float> %2252, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2254 = shufflevector <16 x float> %2208, <16 x float> %2252, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2255 = fadd <16 x float> %2253, %2254
  %2256 = fmul <16 x float> %q330, %f16386
  %2257 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q331, <16 x float> %f16387, <16 x float> %2256)
  %2258 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q332, <16 x float> %f16388, <16 x float> %2257)
  %2259 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q333, <16 x float> %f16389, <16 x float> %2258)
  %2260 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q334, <16 x float> %f16390, <16 x float> %2259)
  %2261 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q335, <16 x float> %f16391, <16 x float> %2260)
  %2262 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q336, <16 x float> %f16392, <16 x float> %2261)
  %2263 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q337, <16 x float> %f16393, <16 x float> %2262)
  %2264 = shufflevector <16 x float> %2216, <16 x float> %2263, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2265 = shufflevector <16 x float> %2216, <16 x float> %2263, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2266 = fadd <16 x float> %2264, %2265
  %2267 = fmul <16 x float> %q338, %f16386
  %2268 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q339, <16 x float> %f16387, <16 x float> %2267)
  %2269 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q340, <16 x float> %f16388, <16 x float> %2268)
  %2270 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q341, <16 x float> %f16389, <16 x float> %2269)
  %2271 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q342, <16 x float> %f16390, <16 x float> %2270)
  %2272 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q343, <16 x float> %f16391, <16 x float> %2271)
  %2273 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q344, <16 x float> %f16392, <16 x float> %2272)
  %2274 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q345, <16 x float> %f16393, <16 x float> %2273)
  %2275 = shufflevector <16 x float> %2224, <16 x float> %2274, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2276 = shufflevector <16 x float> %2224, <16 x float> %2274, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2277 = fadd <16 x float> %2275, %2276
  %2278 = add i32 %kmask321, 6
  %2279 = call i32 @llvm.smin.i32(i32 %2278, i32 %126)
  %2280 = sext i32 %2279 to i64
  %2281 = shl nsw i64 %2280, 11
  %2282 = getelementptr i8, ptr %22, i64 %2281
  %2283 = load <16 x half>, ptr %2282, align 2
  %f16394 = fpext <16 x half> %2283 to <16 x float>
  %2284 = getelementptr i8, ptr %2282, i64 32
  %2285 = load <16 x half>, ptr %2284, align 2
  %f16395 = fpext <16 x half> %2285 to <16 x float>
  %2286 = getelementptr i8, ptr %2282, i64 64
  %2287 = load <16 x half>, ptr %2286, align 2
  %f16396 = fpext <16 x half> %2287 to <16 x float>
  %2288 = getelementptr i8, ptr %2282, i64 96
  %2289 = load <16 x half>, ptr %2288, align 2
  %f16397 = fpext <16 x half> %2289 to <16 x float>
  %2290 = getelementptr i8, ptr %2282, i64 128
  %2291 = load <16 x half>, ptr %2290, align 2
  %f16398 = fpext <16 x half> %2291 to <16 x float>
  %2292 = getelementptr i8, ptr %2282, i64 160
  %2293 = load <16 x half>, ptr %2292, align 2
  %f16399 = fpext <16 x half> %2293 to <16 x float>
  %2294 = getelementptr i8, ptr %2282, i64 192
  %2295 = load <16 x half>, ptr %2294, align 2
  %f16400 = fpext <16 x half> %2295 to <16 x float>
  %2296 = getelementptr i8, ptr %2282, i64 224
  %2297 = load <16 x half>, ptr %2296, align 2
  %f16401 = fpext <16 x half> %2297 to <16 x float>
  %2298 = fmul <16 x float> %q322, %f16394
  %2299 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q323, <16 x float> %f16395, <16 x float> %2298)
  %2300 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q324, <16 x float> %f16396, <16 x float> %2299)
  %2301 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q325, <16 x float> %f16397, <16 x float> %2300)
  %2302 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q326, <16 x float> %f16398, <16 x float> %2301)
  %2303 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q327, <16 x float> %f16399, <16 x float> %2302)
  %2304 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q328, <16 x float> %f16400, <16 x float> %2303)
  %2305 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q329, <16 x float> %f16401, <16 x float> %2304)
  %2306 = fmul <16 x float> %q330, %f16394
  %2307 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q331, <16 x float> %f16395, <16 x float> %2306)
  %2308 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q332, <16 x float> %f16396, <16 x float> %2307)
  %2309 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q333, <16 x float> %f16397, <16 x float> %2308)
  %2310 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q334, <16 x float> %f16398, <16 x float> %2309)
  %2311 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q335, <16 x float> %f16399, <16 x float> %2310)
  %2312 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q336, <16 x float> %f16400, <16 x float> %2311)
  %2313 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q337, <16 x float> %f16401, <16 x float> %2312)
  %2314 = fmul <16 x float> %q338, %f16394
  %2315 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q339, <16 x float> %f16395, <16 x float> %2314)
  %2316 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q340, <16 x float> %f16396, <16 x float> %2315)
  %2317 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q341, <16 x float> %f16397, <16 x float> %2316)
  %2318 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q342, <16 x float> %f16398, <16 x float> %2317)
  %2319 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q343, <16 x float> %f16399, <16 x float> %2318)
  %2320 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q344, <16 x float> %f16400, <16 x float> %2319)
  %2321 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q345, <16 x float> %f16401, <16 x float> %2320)
  %2322 = add i32 %kmask321, 7
  %2323 = call i32 @llvm.smin.i32(i32 %2322, i32 %126)
  %2324 = sext i32 %2323 to i64
  %2325 = shl nsw i64 %2324, 11
  %2326 = getelementptr i8, ptr %22, i64 %2325
  %2327 = load <16 x half>, ptr %2326, align 2
  %f16402 = fpext <16 x half> %2327 to <16 x float>
  %2328 = getelementptr i8, ptr %2326, i64 32
  %2329 = load <16 x half>, ptr %2328, align 2
  %f16403 = fpext <16 x half> %2329 to <16 x float>
  %2330 = getelementptr i8, ptr %2326, i64 64
  %2331 = load <16 x half>, ptr %2330, align 2
  %f16404 = fpext <16 x half> %2331 to <16 x float>
  %2332 = getelementptr i8, ptr %2326, i64 96
  %2333 = load <16 x half>, ptr %2332, align 2
  %f16405 = fpext <16 x half> %2333 to <16 x float>
  %2334 = getelementptr i8, ptr %2326, i64 128
  %2335 = load <16 x half>, ptr %2334, align 2
  %f16406 = fpext <16 x half> %2335 to <16 x float>
  %2336 = getelementptr i8, ptr %2326, i64 160
  %2337 = load <16 x half>, ptr %2336, align 2
  %f16407 = fpext <16 x half> %2337 to <16 x float>
  %2338 = getelementptr i8, ptr %2326, i64 192
  %2339 = load <16 x half>, ptr %2338, align 2
  %f16408 = fpext <16 x half> %2339 to <16 x float>
  %2340 = getelementptr i8, ptr %2326, i64 224
  %2341 = load <16 x half>, ptr %2340, align 2
  %f16409 = fpext <16 x half> %2341 to <16 x float>
  %2342 = fmul <16 x float> %q322, %f16402
  %2343 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q323, <16 x float> %f16403, <16 x float> %2342)
  %2344 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q324, <16 x float> %f16404, <16 x float> %2343)
  %2345 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q325, <16 x float> %f16405, <16 x float> %2344)
  %2346 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q326, <16 x float> %f16406, <16 x float> %2345)
  %2347 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q327, <16 x float> %f16407, <16 x float> %2346)
  %2348 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q328, <16 x float> %f16408, <16 x float> %2347)
  %2349 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q329, <16 x float> %f16409, <16 x float> %2348)
  %2350 = shufflevector <16 x float> %2305, <16 x float> %2349, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2351 = shufflevector <16 x float> %2305, <16 x float> %2349, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2352 = fadd <16 x float> %2350, %2351
  %2353 = shufflevector <16 x float> %2255, <16 x float> %2352, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %2354 = shufflevector <16 x float> %2255, <16 x float> %2352, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %2355 = fadd <16 x float> %2353, %2354
  %2356 = shufflevector <16 x float> %2152, <16 x float> %2355, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %2357 = shufflevector <16 x float> %2152, <16 x float> %2355, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %2358 = fadd <16 x float> %2356, %2357
  %2359 = fmul <16 x float> %q330, %f16402
  %2360 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q331, <16 x float> %f16403, <16 x float> %2359)
  %2361 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q332, <16 x float> %f16404, <16 x float> %2360)
  %2362 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q333, <16 x float> %f16405, <16 x float> %2361)
  %2363 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q334, <16 x float> %f16406, <16 x float> %2362)
  %2364 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q335, <16 x float> %f16407, <16 x float> %2363)
  %2365 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q336, <16 x float> %f16408, <16 x float> %2364)
  %2366 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q337, <16 x float> %f16409, <16 x float> %2365)
  %2367 = shufflevector <16 x float> %2313, <16 x float> %2366, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2368 = shufflevector <16 x float> %2313, <16 x float> %2366, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2369 = fadd <16 x float> %2367, %2368
  %2370 = shufflevector <16 x float> %2266, <16 x float> %2369, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %2371 = shufflevector <16 x float> %2266, <16 x float> %2369, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %2372 = fadd <16 x float> %2370, %2371
  %2373 = shufflevector <16 x float> %2166, <16 x float> %2372, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %2374 = shufflevector <16 x float> %2166, <16 x float> %2372, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %2375 = fadd <16 x float> %2373, %2374
  %2376 = fmul <16 x float> %q338, %f16402
  %2377 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q339, <16 x float> %f16403, <16 x float> %2376)
  %2378 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q340, <16 x float> %f16404, <16 x float> %2377)
  %2379 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q341, <16 x float> %f16405, <16 x float> %2378)
  %2380 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q342, <16 x float> %f16406, <16 x float> %2379)
  %2381 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q343, <16 x float> %f16407, <16 x float> %2380)
  %2382 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q344, <16 x float> %f16408, <16 x float> %2381)
  %2383 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q345, <16 x float> %f16409, <16 x float> %2382)
  %2384 = shufflevector <16 x float> %2321, <16 x float> %2383, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2385 = shufflevector <16 x float> %2321, <16 x float> %2383, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2386 = fadd <16 x float> %2384, %2385
  %2387 = shufflevector <16 x float> %2277, <16 x float> %2386, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %2388 = shufflevector <16 x float> %2277, <16 x float> %2386, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %2389 = fadd <16 x float> %2387, %2388
  %2390 = shufflevector <16 x float> %2180, <16 x float> %2389, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %2391 = shufflevector <16 x float> %2180, <16 x float> %2389, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %2392 = fadd <16 x float> %2390, %2391
  %2393 = add i32 %kmask321, 8
  %2394 = call i32 @llvm.smin.i32(i32 %2393, i32 %126)
  %2395 = sext i32 %2394 to i64
  %2396 = shl nsw i64 %2395, 11
  %2397 = getelementptr i8, ptr %22, i64 %2396
  %2398 = load <16 x half>, ptr %2397, align 2
  %f16410 = fpext <16 x half> %2398 to <16 x float>
  %2399 = getelementptr i8, ptr %2397, i64 32
  %2400 = load <16 x half>, ptr %2399, align 2
  %f16411 = fpext <16 x half> %2400 to <16 x float>
  %2401 = getelementptr i8, ptr %2397, i64 64
  %2402 = load <16 x half>, ptr %2401, align 2
  %f16412 = fpext <16 x half> %2402 to <16 x float>
  %2403 = getelementptr i8, ptr %2397, i64 96
  %2404 = load <16 x half>, ptr %2403, align 2
  %f16413 = fpext <16 x half> %2404 to <16 x float>
  %2405 = getelementptr i8, ptr %2397, i64 128
  %2406 = load <16 x half>, ptr %2405, align 2
  %f16414 = fpext <16 x half> %2406 to <16 x float>
  %2407 = getelementptr i8, ptr %2397, i64 160
  %2408 = load <16 x half>, ptr %2407, align 2
  %f16415 = fpext <16 x half> %2408 to <16 x float>
  %2409 = getelementptr i8, ptr %2397, i64 192
  %2410 = load <16 x half>, ptr %2409, align 2
  %f16416 = fpext <16 x half> %2410 to <16 x float>
  %2411 = getelementptr i8, ptr %2397, i64 224
  %2412 = load <16 x half>, ptr %2411, align 2
  %f16417 = fpext <16 x half> %2412 to <16 x float>
  %2413 = fmul <16 x float> %q322, %f16410
  %2414 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q323, <16 x float> %f16411, <16 x float> %2413)
  %2415 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q324, <16 x float> %f16412, <16 x float> %2414)
  %2416 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q325, <16 x float> %f16413, <16 x float> %2415)
  %2417 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q326, <16 x float> %f16414, <16 x float> %2416)
  %2418 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q327, <16 x float> %f16415, <16 x float> %2417)
  %2419 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q328, <16 x float> %f16416, <16 x float> %2418)
  %2420 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q329, <16 x float> %f16417, <16 x float> %2419)
  %2421 = fmul <16 x float> %q330, %f16410
  %2422 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q331, <16 x float> %f16411, <16 x float> %2421)
  %2423 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q332, <16 x float> %f16412, <16 x float> %2422)
  %2424 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q333, <16 x float> %f16413, <16 x float> %2423)
  %2425 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q334, <16 x float> %f16414, <16 x float> %2424)
  %2426 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q335, <16 x float> %f16415, <16 x float> %2425)
  %2427 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q336, <16 x float> %f16416, <16 x float> %2426)
  %2428 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q337, <16 x float> %f16417, <16 x float> %2427)
  %2429 = fmul <16 x float> %q338, %f16410
  %2430 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q339, <16 x float> %f16411, <16 x float> %2429)
  %2431 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q340, <16 x float> %f16412, <16 x float> %2430)
  %2432 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q341, <16 x float> %f16413, <16 x float> %2431)
  %2433 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q342, <16 x float> %f16414, <16 x float> %2432)
  %2434 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q343, <16 x float> %f16415, <16 x float> %2433)
  %2435 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q344, <16 x float> %f16416, <16 x float> %2434)
  %2436 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q345, <16 x float> %f16417, <16 x float> %2435)
  %2437 = add i32 %kmask321, 9
  %2438 = call i32 @llvm.smin.i32(i32 %2437, i32 %126)
  %2439 = sext i32 %2438 to i64
  %2440 = shl nsw i64 %2439, 11
  %2441 = getelementptr i8, ptr %22, i64 %2440
  %2442 = load <16 x half>, ptr %2441, align 2
  %f16418 = fpext <16 x half> %2442 to <16 x float>
  %2443 = getelementptr i8, ptr %2441, i64 32
  %2444 = load <16 x half>, ptr %2443, align 2
  %f16419 = fpext <16 x half> %2444 to <16 x float>
  %2445 = getelementptr i8, ptr %2441, i64 64
  %2446 = load <16 x half>, ptr %2445, align 2
  %f16420 = fpext <16 x half> %2446 to <16 x float>
  %2447 = getelementptr i8, ptr %2441, i64 96
  %2448 = load <16 x half>, ptr %2447, align 2
  %f16421 = fpext <16 x half> %2448 to <16 x float>
  %2449 = getelementptr i8, ptr %2441, i64 128
  %2450 = load <16 x half>, ptr %2449, align 2
  %f16422 = fpext <16 x half> %2450 to <16 x float>
  %2451 = getelementptr i8, ptr %2441, i64 160
  %2452 = load <16 x half>, ptr %2451, align 2
  %f16423 = fpext <16 x half> %2452 to <16 x float>
  %2453 = getelementptr i8, ptr %2441, i64 192
  %2454 = load <16 x half>, ptr %2453, align 2
  %f16424 = fpext <16 x half> %2454 to <16 x float>
  %2455 = getelementptr i8, ptr %2441, i64 224
  %2456 = load <16 x half>, ptr %2455, align 2
  %f16425 = fpext <16 x half> %2456 to <16 x float>
  %2457 = fmul <16 x float> %q322, %f16418
  %2458 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q323, <16 x float> %f16419, <16 x float> %2457)
  %2459 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q324, <16 x float> %f16420, <16 x float> %2458)
  %2460 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q325, <16 x float> %f16421, <16 x float> %2459)
  %2461 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q326, <16 x float> %f16422, <16 x float> %2460)
  %2462 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q327, <16 x float> %f16423, <16 x float> %2461)
  %2463 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q328, <16 x float> %f16424, <16 x float> %2462)
  %2464 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q329, <16 x float> %f16425, <16 x float> %2463)
  %2465 = shufflevector <16 x float> %2420, <16 x float> %2464, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2466 = shufflevector <16 x float> %2420, <16 x float> %2464, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2467 = fadd <16 x float> %2465, %2466
  %2468 = fmul <16 x float> %q330, %f16418
  %2469 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q331, <16 x float> %f16419, <16 x float> %2468)
  %2470 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q332, <16 x float> %f16420, <16 x float> %2469)
  %2471 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q333, <16 x float> %f16421, <16 x float> %2470)
  %2472 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q334, <16 x float> %f16422, <16 x float> %2471)
  %2473 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q335, <16 x float> %f16423, <16 x float> %2472)
  %2474 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q336, <16 x float> %f16424, <16 x float> %2473)
  %2475 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q337, <16 x float> %f16425, <16 x float> %2474)
  %2476 = shufflevector <16 x float> %2428, <16 x float> %2475, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2477 = shufflevector <16 x float> %2428, <16 x float> %2475, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2478 = fadd <16 x float> %2476, %2477
  %2479 = fmul <16 x float> %q338, %f16418
  %2480 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q339, <16 x float> %f16419, <16 x float> %2479)
  %2481 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q340, <16 x float> %f16420, <16 x float> %2480)
  %2482 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q341, <16 x float> %f16421, <16 x float> %2481)
  %2483 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q342, <16 x float> %f16422, <16 x float> %2482)
  %2484 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q343, <16 x float> %f16423, <16 x float> %2483)
  %2485 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q344, <16 x float> %f16424, <16 x float> %2484)
  %2486 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q345, <16 x float> %f16425, <16 x float> %2485)
  %2487 = shufflevector <16 x float> %2436, <16 x float> %2486, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2488 = shufflevector <16 x float> %2436, <16 x float> %2486, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2489 = fadd <16 x float> %2487, %2488
  %2490 = add i32 %kmask321, 10
  %2491 = call i32 @llvm.smin.i32(i32 %2490, i32 %126)
  %2492 = sext i32 %2491 to i64
  %2493 = shl nsw i64 %2492, 11
  %2494 = getelementptr i8, ptr %22, i64 %2493
  %2495 = load <16 x half>, ptr %2494, align 2
  %f16426 = fpext <16 x half> %2495 to <16 x float>
  %2496 = getelementptr i8, ptr %2494, i64 32
  %2497 = load <16 x half>, ptr %2496, align 2
  %f16427 = fpext <16 x half> %2497 to <16 x float>
  %2498 = getelementptr i8, ptr %2494, i64 64
  %2499 = load <16 x half>, ptr %2498, align 2
  %f16428 = fpext <16 x half> %2499 to <16 x float>
  %2500 = getelementptr i8, ptr %2494, i64 96
  %2501 = load <16 x half>, ptr %2500, align 2
  %f16429 = fpext <16 x half> %2501 to <16 x float>
  %2502 = getelementptr i8, ptr %2494, i64 128
  %2503 = load <16 x half>, ptr %2502, align 2
  %f16430 = fpext <16 x half> %2503 to <16 x float>
  %2504 = getelementptr i8, ptr %2494, i64 160
  %2505 = load <16 x half>, ptr %2504, align 2
  %f16431 = fpext <16 x half> %2505 to <16 x float>
  %2506 = getelementptr i8, ptr %2494, i64 192
  %2507 = load <16 x half>, ptr %2506, align 2
  %f16432 = fpext <16 x half> %2507 to <16 x float>
  %2508 = getelementptr i8, ptr %2494, i64 224
  %2509 = load <16 x half>, ptr %2508, align 2
  %f16433 = fpext <16 x half> %2509 to <16 x float>
  %2510 = fmul <16 x float> %q322, %f16426
  %2511 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q323, <16 x float> %f16427, <16 x float> %2510)
  %2512 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q324, <16 x float> %f16428, <16 x float> %2511)
  %2513 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q325, <16 x float> %f16429, <16 x float> %2512)
  %2514 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q326, <16 x float> %f16430, <16 x float> %2513)
  %2515 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q327, <16 x float> %f16431, <16 x float> %2514)
  %2516 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q328, <16 x float> %f16432, <16 x float> %2515)
  %2517 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q329, <16 x float> %f16433, <16 x float> %2516)
  %2518 = fmul <16 x float> %q330, %f16426
  %2519 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q331, <16 x float> %f16427, <16 x float> %2518)
  %2520 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q332, <16 x float> %f16428, <16 x float> %2519)
  %2521 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q333, <16 x float> %f16429, <16 x float> %2520)
  %2522 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q334, <16 x float> %f16430, <16 x float> %2521)
  %2523 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q335, <16 x float> %f16431, <16 x float> %2522)
  %2524 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q336, <16 x float> %f16432, <16 x float> %2523)
  %2525 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q337, <16 x float> %f16433, <16 x float> %2524)
  %2526 = fmul <16 x float> %q338, %f16426
  %2527 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q339, <16 x float> %f16427, <16 x float> %2526)
  %2528 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q340, <16 x float> %f16428, <16 x float> %2527)
  %2529 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q341, <16 x float> %f16429, <16 x float> %2528)
  %2530 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q342, <16 x float> %f16430, <16 x float> %2529)
  %2531 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q343, <16 x float> %f16431, <16 x float> %2530)
  %2532 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q344, <16 x float> %f16432, <16 x float> %2531)
  %2533 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q345, <16 x float> %f16433, <16 x float> %2532)
  %2534 = add i32 %kmask321, 11
  %2535 = call i32 @llvm.smin.i32(i32 %2534, i32 %126)
  %2536 = sext i32 %2535 to i64
  %2537 = shl nsw i64 %2536, 11
  %2538 = getelementptr i8, ptr %22, i64 %2537
  %2539 = load <16 x half>, ptr %2538, align 2
  %f16434 = fpext <16 x half> %2539 to <16 x float>
  %2540 = getelementptr i8, ptr %2538, i64 32
  %2541 = load <16 x half>, ptr %2540, align 2
  %f16435 = fpext <16 x half> %2541 to <16 x float>
  %2542 = getelementptr i8, ptr %2538, i64 64
  %2543 = load <16 x half>, ptr %2542, align 2
  %f16436 = fpext <16 x half> %2543 to <16 x float>
  %2544 = getelementptr i8, ptr %2538, i64 96
  %2545 = load <16 x half>, ptr %2544, align 2
  %f16437 = fpext <16 x half> %2545 to <16 x float>
  %2546 = getelementptr i8, ptr %2538, i64 128
  %2547 = load <16 x half>, ptr %2546, align 2
  %f16438 = fpext <16 x half> %2547 to <16 x float>
  %2548 = getelementptr i8, ptr %2538, i64 160
  %2549 = load <16 x half>, ptr %2548, align 2
  %f16439 = fpext <16 x half> %2549 to <16 x float>
  %2550 = getelementptr i8, ptr %2538, i64 192
  %2551 = load <16 x half>, ptr %2550, align 2
  %f16440 = fpext <16 x half> %2551 to <16 x float>
  %2552 = getelementptr i8, ptr %2538, i64 224
  %2553 = load <16 x half>, ptr %2552, align 2
  %f16441 = fpext <16 x half> %2553 to <16 x float>
  %2554 = fmul <16 x float> %q322, %f16434
  %2555 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q323, <16 x float> %f16435, <16 x float> %2554)
  %2556 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q324, <16 x float> %f16436, <16 x float> %2555)
  %2557 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q325, <16 x float> %f16437, <16 x float> %2556)
  %2558 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q326, <16 x float> %f16438, <16 x float> %2557)
  %2559 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q327, <16 x float> %f16439, <16 x float> %2558)
  %2560 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q328, <16 x float> %f16440, <16 x float> %2559)
  %2561 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q329, <16 x float> %f16441, <16 x float> %2560)
  %2562 = shufflevector <16 x float> %2517, <16 x float> %2561, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2563 = shufflevector <16 x float> %2517, <16 x float> %2561, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2564 = fadd <16 x float> %2562, %2563
  %2565 = shufflevector <16 x float> %2467, <16 x float> %2564, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %2566 = shufflevector <16 x float> %2467, <16 x float> %2564, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %2567 = fadd <16 x float> %2565, %2566
  %2568 = fmul <16 x float> %q330, %f16434
  %2569 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q331, <16 x float> %f16435, <16 x float> %2568)
  %2570 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q332, <16 x float> %f16436, <16 x float> %2569)
  %2571 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q333, <16 x float> %f16437, <16 x float> %2570)
  %2572 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q334, <16 x float> %f16438, <16 x float> %2571)
  %2573 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q335, <16 x float> %f16439, <16 x float> %2572)
  %2574 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q336, <16 x float> %f16440, <16 x float> %2573)
  %2575 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q337, <16 x float> %f16441, <16 x float> %2574)
  %2576 = shufflevector <16 x float> %2525, <16 x float> %2575, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2577 = shufflevector <16 x float> %2525, <16 x float> %2575, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2578 = fadd <16 x float> %2576, %2577
  %2579 = shufflevector <16 x float> %2478, <16 x float> %2578, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %2580 = shufflevector <16 x float> %2478, <16 x float> %2578, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %2581 = fadd <16 x float> %2579, %2580
  %2582 = fmul <16 x float> %q338, %f16434
  %2583 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q339, <16 x float> %f16435, <16 x float> %2582)
  %2584 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q340, <16 x float> %f16436, <16 x float> %2583)
  %2585 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q341, <16 x float> %f16437, <16 x float> %2584)
  %2586 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q342, <16 x float> %f16438, <16 x float> %2585)
  %2587 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q343, <16 x float> %f16439, <16 x float> %2586)
  %2588 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q344, <16 x float> %f16440, <16 x float> %2587)
  %2589 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q345, <16 x float> %f16441, <16 x float> %2588)
  %2590 = shufflevector <16 x float> %2533, <16 x float> %2589, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2591 = shufflevector <16 x float> %2533, <16 x float> %2589, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2592 = fadd <16 x float> %2590, %2591
  %2593 = shufflevector <16 x float> %2489, <16 x float> %2592, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %2594 = shufflevector <16 x float> %2489, <16 x float> %2592, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %2595 = fadd <16 x float> %2593, %2594
  %2596 = add i32 %kmask321, 12
  %2597 = call i32 @llvm.smin.i32(i32 %2596, i32 %126)
  %2598 = sext i32 %2597 to i64
  %2599 = shl nsw i64 %2598, 11
  %2600 = getelementptr i8, ptr %22, i64 %2599
  %2601 = load <16 x half>, ptr %2600, align 2
  %f16442 = fpext <16 x half> %2601 to <16 x float>
  %2602 = getelementptr i8, ptr %2600, i64 32
  %2603 = load <16 x half>, ptr %2602, align 2
  %f16443 = fpext <16 x half> %2603 to <16 x float>
  %2604 = getelementptr i8, ptr %2600, i64 64
  %2605 = load <16 x half>, ptr %2604, align 2
  %f16444 = fpext <16 x half> %2605 to <16 x float>
  %2606 = getelementptr i8, ptr %2600, i64 96
  %2607 = load <16 x half>, ptr %2606, align 2
  %f16445 = fpext <16 x half> %2607 to <16 x float>
  %2608 = getelementptr i8, ptr %2600, i64 128
  %2609 = load <16 x half>, ptr %2608, align 2
  %f16446 = fpext <16 x half> %2609 to <16 x float>
  %2610 = getelementptr i8, ptr %2600, i64 160
  %2611 = load <16 x half>, ptr %2610, align 2
  %f16447 = fpext <16 x half> %2611 to <16 x float>
  %2612 = getelementptr i8, ptr %2600, i64 192
  %2613 = load <16 x half>, ptr %2612, align 2
  %f16448 = fpext <16 x half> %2613 to <16 x float>
  %2614 = getelementptr i8, ptr %2600, i64 224
  %2615 = load <16 x half>, ptr %2614, align 2
  %f16449 = fpext <16 x half> %2615 to <16 x float>
  %2616 = fmul <16 x float> %q322, %f16442
  %2617 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q323, <16 x float> %f16443, <16 x float> %2616)
  %2618 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q324, <16 x float> %f16444, <16 x float> %2617)
  %2619 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q325, <16 x float> %f16445, <16 x float> %2618)
  %2620 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q326, <16 x float> %f16446, <16 x float> %2619)
  %2621 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q327, <16 x float> %f16447, <16 x float> %2620)
  %2622 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q328, <16 x float> %f16448, <16 x float> %2621)
  %2623 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q329, <16 x float> %f16449, <16 x float> %2622)
  %2624 = fmul <16 x float> %q330, %f16442
  %2625 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q331, <16 x float> %f16443, <16 x float> %2624)
  %2626 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q332, <16 x float> %f16444, <16 x float> %2625)
  %2627 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q333, <16 x float> %f16445, <16 x float> %2626)
  %2628 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q334, <16 x float> %f16446, <16 x float> %2627)
  %2629 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q335, <16 x float> %f16447, <16 x float> %2628)
  %2630 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q336, <16 x float> %f16448, <16 x float> %2629)
  %2631 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q337, <16 x float> %f16449, <16 x float> %2630)
  %2632 = fmul <16 x float> %q338, %f16442
  %2633 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q339, <16 x float> %f16443, <16 x float> %2632)
  %2634 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q340, <16 x float> %f16444, <16 x float> %2633)
  %2635 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q341, <16 x float> %f16445, <16 x float> %2634)
  %2636 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q342, <16 x float> %f16446, <16 x float> %2635)
  %2637 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q343, <16 x float> %f16447, <16 x float> %2636)
  %2638 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q344, <16 x float> %f16448, <16 x float> %2637)
  %2639 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q345, <16 x float> %f16449, <16 x float> %2638)
  %2640 = add i32 %kmask321, 13
  %2641 = call i32 @llvm.smin.i32(i32 %2640, i32 %126)
  %2642 = sext i32 %2641 to i64
  %2643 = shl nsw i64 %2642, 11
  %2644 = getelementptr i8, ptr %22, i64 %2643
  %2645 = load <16 x half>, ptr %2644, align 2
  %f16450 = fpext <16 x half> %2645 to <16 x float>
  %2646 = getelementptr i8, ptr %2644, i64 32
  %2647 = load <16 x half>, ptr %2646, align 2
  %f16451 = fpext <16 x half> %2647 to <16 x float>
  %2648 = getelementptr i8, ptr %2644, i64 64
  %2649 = load <16 x half>, ptr %2648, align 2
  %f16452 = fpext <16 x half> %2649 to <16 x float>
  %2650 = getelementptr i8, ptr %2644, i64 96
  %2651 = load <16 x half>, ptr %2650, align 2
  %f16453 = fpext <16 x half> %2651 to <16 x float>
  %2652 = getelementptr i8, ptr %2644, i64 128
  %2653 = load <16 x half>, ptr %2652, align 2
  %f16454 = fpext <16 x half> %2653 to <16 x float>
  %2654 = getelementptr i8, ptr %2644, i64 160
  %2655 = load <16 x half>, ptr %2654, align 2
  %f16455 = fpext <16 x half> %2655 to <16 x float>
  %2656 = getelementptr i8, ptr %2644, i64 192
  %2657 = load <16 x half>, ptr %2656, align 2
  %f16456 = fpext <16 x half> %2657 to <16 x float>
  %2658 = getelementptr i8, ptr %2644, i64 224
  %2659 = load <16 x half>, ptr %2658, align 2
  %f16457 = fpext <16 x half> %2659 to <16 x float>
  %2660 = fmul <16 x float> %q322, %f16450
  %2661 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q323, <16 x float> %f16451, <16 x float> %2660)
  %2662 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q324, <16 x float> %f16452, <16 x float> %2661)
  %2663 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q325, <16 x float> %f16453, <16 x float> %2662)
  %2664 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q326, <16 x float> %f16454, <16 x float> %2663)
  %2665 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q327, <16 x float> %f16455, <16 x float> %2664)
  %2666 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q328, <16 x float> %f16456, <16 x float> %2665)
  %2667 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q329, <16 x float> %f16457, <16 x float> %2666)
  %2668 = shufflevector <16 x float> %2623, <16 x float> %2667, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2669 = shufflevector <16 x float> %2623, <16 x float> %2667, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2670 = fadd <16 x float> %2668, %2669
  %2671 = fmul <16 x float> %q330, %f16450
  %2672 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q331, <16 x float> %f16451, <16 x float> %2671)
  %2673 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q332, <16 x float> %f16452, <16 x float> %2672)
  %2674 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q333, <16 x float> %f16453, <16 x float> %2673)
  %2675 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q334, <16 x float> %f16454, <16 x float> %2674)
  %2676 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q335, <16 x float> %f16455, <16 x float> %2675)
  %2677 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q336, <16 x float> %f16456, <16 x float> %2676)
  %2678 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q337, <16 x float> %f16457, <16 x float> %2677)
  %2679 = shufflevector <16 x float> %2631, <16 x float> %2678, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2680 = shufflevector <16 x float> %2631, <16 x float> %2678, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2681 = fadd <16 x float> %2679, %2680
  %2682 = fmul <16 x float> %q338, %f16450
  %2683 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q339, <16 x float> %f16451, <16 x float> %2682)
  %2684 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q340, <16 x float> %f16452, <16 x float> %2683)
  %2685 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q341, <16 x float> %f16453, <16 x float> %2684)
  %2686 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q342, <16 x float> %f16454, <16 x float> %2685)
  %2687 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q343, <16 x float> %f16455, <16 x float> %2686)
  %2688 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q344, <16 x float> %f16456, <16 x float> %2687)
  %2689 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q345, <16 x float> %f16457, <16 x float> %2688)
  %2690 = shufflevector <16 x float> %2639, <16 x float> %2689, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2691 = shufflevector <16 x float> %2639, <16 x float> %2689, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2692 = fadd <16 x float> %2690, %2691
  %2693 = add i32 %kmask321, 14
  %2694 = call i32 @llvm.smin.i32(i32 %2693, i32 %126)
  %2695 = sext i32 %2694 to i64
  %2696 = shl nsw i64 %2695, 11
  %2697 = getelementptr i8, ptr %22, i64 %2696
  %2698 = load <16 x half>, ptr %2697, align 2
  %f16458 = fpext <16 x half> %2698 to <16 x float>
  %2699 = getelementptr i8, ptr %2697, i64 32
  %2700 = load <16 x half>, ptr %2699, align 2
  %f16459 = fpext <16 x half> %2700 to <16 x float>
  %2701 = getelementptr i8, ptr %2697, i64 64
  %2702 = load <16 x half>, ptr %2701, align 2
  %f16460 = fpext <16 x half> %2702 to <16 x float>
  %2703 = getelementptr i8, ptr %2697, i64 96
  %2704 = load <16 x half>, ptr %2703, align 2
  %f16461 = fpext <16 x half> %2704 to <16 x float>
  %2705 = getelementptr i8, ptr %2697, i64 128
  %2706 = load <16 x half>, ptr %2705, align 2
  %f16462 = fpext <16 x half> %2706 to <16 x float>
  %2707 = getelementptr i8, ptr %2697, i64 160
  %2708 = load <16 x half>, ptr %2707, align 2
  %f16463 = fpext <16 x half> %2708 to <16 x float>
  %2709 = getelementptr i8, ptr %2697, i64 192
  %2710 = load <16 x half>, ptr %2709, align 2
  %f16464 = fpext <16 x half> %2710 to <16 x float>
  %2711 = getelementptr i8, ptr %2697, i64 224
  %2712 = load <16 x half>, ptr %2711, align 2
  %f16465 = fpext <16 x half> %2712 to <16 x float>
  %2713 = fmul <16 x float> %q322, %f16458
  %2714 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q323, <16 x float> %f16459, <16 x float> %2713)
  %2715 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q324, <16 x float> %f16460, <16 x float> %2714)
  %2716 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q325, <16 x float> %f16461, <16 x float> %2715)
  %2717 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q326, <16 x float> %f16462, <16 x float> %2716)
  %2718 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q327, <16 x float> %f16463, <16 x float> %2717)
  %2719 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q328, <16 x float> %f16464, <16 x float> %2718)
  %2720 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q329, <16 x float> %f16465, <16 x float> %2719)
  %2721 = fmul <16 x float> %q330, %f16458
  %2722 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q331, <16 x float> %f16459, <16 x float> %2721)
  %2723 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q332, <16 x float> %f16460, <16 x float> %2722)
  %2724 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q333, <16 x float> %f16461, <16 x float> %2723)
  %2725 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q334, <16 x float> %f16462, <16 x float> %2724)
  %2726 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q335, <16 x float> %f16463, <16 x float> %2725)
  %2727 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q336, <16 x float> %f16464, <16 x float> %2726)
  %2728 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q337, <16 x float> %f16465, <16 x float> %2727)
  %2729 = fmul <16 x float> %q338, %f16458
  %2730 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q339, <16 x float> %f16459, <16 x float> %2729)
  %2731 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q340, <16 x float> %f16460, <16 x float> %2730)
  %2732 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q341, <16 x float> %f16461, <16 x float> %2731)
  %2733 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q342, <16 x float> %f16462, <16 x float> %2732)
  %2734 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q343, <16 x float> %f16463, <16 x float> %2733)
  %2735 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q344, <16 x float> %f16464, <16 x float> %2734)
  %2736 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q345, <16 x float> %f16465, <16 x float> %2735)
  %2737 = add i32 %kmask321, 15
  %2738 = call i32 @llvm.smin.i32(i32 %2737, i32 %126)
  %2739 = sext i32 %2738 to i64
  %2740 = shl nsw i64 %2739, 11
  %2741 = getelementptr i8, ptr %22, i64 %2740
  %2742 = load <16 x half>, ptr %2741, align 2
  %f16466 = fpext <16 x half> %2742 to <16 x float>
  %2743 = getelementptr i8, ptr %2741, i64 32
  %2744 = load <16 x half>, ptr %2743, align 2
  %f16467 = fpext <16 x half> %2744 to <16 x float>
  %2745 = getelementptr i8, ptr %2741, i64 64
  %2746 = load <16 x half>, ptr %2745, align 2
  %f16468 = fpext <16 x half> %2746 to <16 x float>
  %2747 = getelementptr i8, ptr %2741, i64 96
  %2748 = load <16 x half>, ptr %2747, align 2
  %f16469 = fpext <16 x half> %2748 to <16 x float>
  %2749 = getelementptr i8, ptr %2741, i64 128
  %2750 = load <16 x half>, ptr %2749, align 2
  %f16470 = fpext <16 x half> %2750 to <16 x float>
  %2751 = getelementptr i8, ptr %2741, i64 160
  %2752 = load <16 x half>, ptr %2751, align 2
  %f16471 = fpext <16 x half> %2752 to <16 x float>
  %2753 = getelementptr i8, ptr %2741, i64 192
  %2754 = load <16 x half>, ptr %2753, align 2
  %f16472 = fpext <16 x half> %2754 to <16 x float>
  %2755 = getelementptr i8, ptr %2741, i64 224
  %2756 = load <16 x half>, ptr %2755, align 2
  %f16473 = fpext <16 x half> %2756 to <16 x float>
  %2757 = fmul <16 x float> %q322, %f16466
  %2758 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q323, <16 x float> %f16467, <16 x float> %2757)
  %2759 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q324, <16 x float> %f16468, <16 x float> %2758)
  %2760 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q325, <16 x float> %f16469, <16 x float> %2759)
  %2761 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q326, <16 x float> %f16470, <16 x float> %2760)
  %2762 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q327, <16 x float> %f16471, <16 x float> %2761)
  %2763 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q328, <16 x float> %f16472, <16 x float> %2762)
  %2764 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q329, <16 x float> %f16473, <16 x float> %2763)
  %2765 = shufflevector <16 x float> %2720, <16 x float> %2764, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2766 = shufflevector <16 x float> %2720, <16 x float> %2764, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2767 = fadd <16 x float> %2765, %2766
  %2768 = shufflevector <16 x float> %2670, <16 x float> %2767, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %2769 = shufflevector <16 x float> %2670, <16 x float> %2767, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %2770 = fadd <16 x float> %2768, %2769
  %2771 = shufflevector <16 x float> %2567, <16 x float> %2770, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %2772 = shufflevector <16 x float> %2567, <16 x float> %2770, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %2773 = fadd <16 x float> %2771, %2772
  %2774 = shufflevector <16 x float> %2358, <16 x float> %2773, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %2775 = shufflevector <16 x float> %2358, <16 x float> %2773, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %2776 = fadd <16 x float> %2774, %2775
  %2777 = fmul <16 x float> %q330, %f16466
  %2778 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q331, <16 x float> %f16467, <16 x float> %2777)
  %2779 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q332, <16 x float> %f16468, <16 x float> %2778)
  %2780 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q333, <16 x float> %f16469, <16 x float> %2779)
  %2781 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q334, <16 x float> %f16470, <16 x float> %2780)
  %2782 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q335, <16 x float> %f16471, <16 x float> %2781)
  %2783 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q336, <16 x float> %f16472, <16 x float> %2782)
  %2784 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q337, <16 x float> %f16473, <16 x float> %2783)
  %2785 = shufflevector <16 x float> %2728, <16 x float> %2784, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2786 = shufflevector <16 x float> %2728, <16 x float> %2784, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2787 = fadd <16 x float> %2785, %2786
  %2788 = shufflevector <16 x float> %2681, <16 x float> %2787, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %2789 = shufflevector <16 x float> %2681, <16 x float> %2787, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %2790 = fadd <16 x float> %2788, %2789
  %2791 = shufflevector <16 x float> %2581, <16 x float> %2790, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %2792 = shufflevector <16 x float> %2581, <16 x float> %2790, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %2793 = fadd <16 x float> %2791, %2792
  %2794 = shufflevector <16 x float> %2375, <16 x float> %2793, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %2795 = shufflevector <16 x float> %2375, <16 x float> %2793, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %2796 = fadd <16 x float> %2794, %2795
  %2797 = fmul <16 x float> %q338, %f16466
  %2798 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q339, <16 x float> %f16467, <16 x float> %2797)
  %2799 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q340, <16 x float> %f16468, <16 x float> %2798)
  %2800 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q341, <16 x float> %f16469, <16 x float> %2799)
  %2801 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q342, <16 x float> %f16470, <16 x float> %2800)
  %2802 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q343, <16 x float> %f16471, <16 x float> %2801)
  %2803 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q344, <16 x float> %f16472, <16 x float> %2802)
  %2804 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q345, <16 x float> %f16473, <16 x float> %2803)
  %2805 = shufflevector <16 x float> %2736, <16 x float> %2804, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2806 = shufflevector <16 x float> %2736, <16 x float> %2804, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2807 = fadd <16 x float> %2805, %2806
  %2808 = shufflevector <16 x float> %2692, <16 x float> %2807, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %2809 = shufflevector <16 x float> %2692, <16 x float> %2807, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %2810 = fadd <16 x float> %2808, %2809
  %2811 = shufflevector <16 x float> %2595, <16 x float> %2810, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %2812 = shufflevector <16 x float> %2595, <16 x float> %2810, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %2813 = fadd <16 x float> %2811, %2812
  %2814 = shufflevector <16 x float> %2392, <16 x float> %2813, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %2815 = shufflevector <16 x float> %2392, <16 x float> %2813, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %2816 = fadd <16 x float> %2814, %2815
  %2817 = insertelement <16 x i32> poison, i32 %kmask321, i64 0
  %splat474 = shufflevector <16 x i32> %2817, <16 x i32> poison, <16 x i32> zeroinitializer
  %2818 = add <16 x i32> %splat474, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2819 = load i32, ptr %blim657, align 4
  %2820 = insertelement <16 x i32> poison, i32 %2819, i64 0
  %splat475 = shufflevector <16 x i32> %2820, <16 x i32> poison, <16 x i32> zeroinitializer
  %2821 = icmp slt <16 x i32> %2818, %splat475
  %2822 = select <16 x i1> %2821, <16 x float> %2776, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %m476 = load float, ptr %bm660, align 4
  %2823 = call float @llvm.vector.reduce.fmax.v16f32(<16 x float> %2822)
  %2824 = call float @llvm.maxnum.f32(float %m476, float %2823)
  %2825 = fcmp oeq float %2824, 0xFFF0000000000000
  %2826 = select i1 %2825, float 0.000000e+00, float %2824
  %2827 = fsub float %m476, %2826
  %2828 = insertelement <16 x float> poison, float %2827, i64 0
  %splat477 = shufflevector <16 x float> %2828, <16 x float> poison, <16 x i32> zeroinitializer
  %2829 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat477, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %2830 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %2829, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %2831 = fadd <16 x float> %2830, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n478 = fadd <16 x float> %2831, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f479 = fsub <16 x float> %2830, %n478
  %2832 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f479, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %2833 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2832, <16 x float> %f479, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %2834 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2833, <16 x float> %f479, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %2835 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2834, <16 x float> %f479, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %2836 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2835, <16 x float> %f479, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %2837 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2836, <16 x float> %f479, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %2838 = fptosi <16 x float> %n478 to <16 x i32>
  %2839 = shl <16 x i32> %2838, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %2840 = add <16 x i32> %2839, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %2841 = bitcast <16 x i32> %2840 to <16 x float>
  %exp2480 = fmul <16 x float> %2837, %2841
  %2842 = insertelement <16 x float> poison, float %2826, i64 0
  %splat481 = shufflevector <16 x float> %2842, <16 x float> poison, <16 x i32> zeroinitializer
  %2843 = fsub <16 x float> %2822, %splat481
  %2844 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %2843, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %2845 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %2844, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %2846 = fadd <16 x float> %2845, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n482 = fadd <16 x float> %2846, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f483 = fsub <16 x float> %2845, %n482
  %2847 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f483, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %2848 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2847, <16 x float> %f483, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %2849 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2848, <16 x float> %f483, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %2850 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2849, <16 x float> %f483, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %2851 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2850, <16 x float> %f483, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %2852 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2851, <16 x float> %f483, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %2853 = fptosi <16 x float> %n482 to <16 x i32>
  %2854 = shl <16 x i32> %2853, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %2855 = add <16 x i32> %2854, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %2856 = bitcast <16 x i32> %2855 to <16 x float>
  %exp2484 = fmul <16 x float> %2852, %2856
  %l485 = load <16 x float>, ptr %bl659, align 64
  %2857 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %l485, <16 x float> %exp2480, <16 x float> %exp2484)
  store <16 x float> %2857, ptr %bl659, align 64
  store float %2824, ptr %bm660, align 4
  %2858 = load <16 x float>, ptr %bacc658, align 64
  %2859 = fmul <16 x float> %2858, %exp2480
  store <16 x float> %2859, ptr %bacc658, align 64
  %2860 = load <16 x float>, ptr %97, align 64
  %2861 = fmul <16 x float> %2860, %exp2480
  store <16 x float> %2861, ptr %97, align 64
  %2862 = load <16 x float>, ptr %98, align 64
  %2863 = fmul <16 x float> %2862, %exp2480
  store <16 x float> %2863, ptr %98, align 64
  %2864 = load <16 x float>, ptr %99, align 64
  %2865 = fmul <16 x float> %2864, %exp2480
  store <16 x float> %2865, ptr %99, align 64
  %2866 = load <16 x float>, ptr %100, align 64
  %2867 = fmul <16 x float> %2866, %exp2480
  store <16 x float> %2867, ptr %100, align 64
  %2868 = load <16 x float>, ptr %101, align 64
  %2869 = fmul <16 x float> %2868, %exp2480
  store <16 x float> %2869, ptr %101, align 64
  %2870 = load <16 x float>, ptr %102, align 64
  %2871 = fmul <16 x float> %2870, %exp2480
  store <16 x float> %2871, ptr %102, align 64
  %2872 = load <16 x float>, ptr %103, align 64
  %2873 = fmul <16 x float> %2872, %exp2480
  store <16 x float> %2873, ptr %103, align 64
  %2874 = load i32, ptr %114, align 4
  %2875 = insertelement <16 x i32> poison, i32 %2874, i64 0
  %splat487 = shufflevector <16 x i32> %2875, <16 x i32> poison, <16 x i32> zeroinitializer
  %2876 = icmp slt <16 x i32> %2818, %splat487
  %2877 = select <16 x i1> %2876, <16 x float> %2796, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %m488 = load float, ptr %104, align 4
  %2878 = call float @llvm.vector.reduce.fmax.v16f32(<16 x float> %2877)
  %2879 = call float @llvm.maxnum.f32(float %m488, float %2878)
  %2880 = fcmp oeq float %2879, 0xFFF0000000000000
  %2881 = select i1 %2880, float 0.000000e+00, float %2879
  %2882 = fsub float %m488, %2881
  %2883 = insertelement <16 x float> poison, float %2882, i64 0
  %splat489 = shufflevector <16 x float> %2883, <16 x float> poison, <16 x i32> zeroinitializer
  %2884 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat489, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %2885 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %2884, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %2886 = fadd <16 x float> %2885, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n490 = fadd <16 x float> %2886, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f491 = fsub <16 x float> %2885, %n490
  %2887 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f491, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %2888 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2887, <16 x float> %f491, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %2889 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2888, <16 x float> %f491, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %2890 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2889, <16 x float> %f491, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %2891 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2890, <16 x float> %f491, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %2892 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2891, <16 x float> %f491, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %2893 = fptosi <16 x float> %n490 to <16 x i32>
  %2894 = shl <16 x i32> %2893, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %2895 = add <16 x i32> %2894, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %2896 = bitcast <16 x i32> %2895 to <16 x float>
  %exp2492 = fmul <16 x float> %2892, %2896
  %2897 = insertelement <16 x float> poison, float %2881, i64 0
  %splat493 = shufflevector <16 x float> %2897, <16 x float> poison, <16 x i32> zeroinitializer
  %2898 = fsub <16 x float> %2877, %splat493
  %2899 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %2898, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %2900 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %2899, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %2901 = fadd <16 x float> %2900, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n494 = fadd <16 x float> %2901, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f495 = fsub <16 x float> %2900, %n494
  %2902 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f495, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %2903 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2902, <16 x float> %f495, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %2904 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2903, <16 x float> %f495, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %2905 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2904, <16 x float> %f495, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %2906 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2905, <16 x float> %f495, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %2907 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2906, <16 x float> %f495, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %2908 = fptosi <16 x float> %n494 to <16 x i32>
  %2909 = shl <16 x i32> %2908, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %2910 = add <16 x i32> %2909, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %2911 = bitcast <16 x i32> %2910 to <16 x float>
  %exp2496 = fmul <16 x float> %2907, %2911
  %l497 = load <16 x float>, ptr %105, align 64
  %2912 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %l497, <16 x float> %exp2492, <16 x float> %exp2496)
  store <16 x float> %2912, ptr %105, align 64
  store float %2879, ptr %104, align 4
  %2913 = load <16 x float>, ptr %106, align 64
  %2914 = fmul <16 x float> %2913, %exp2492
  store <16 x float> %2914, ptr %106, align 64
  %2915 = load <16 x float>, ptr %107, align 64
  %2916 = fmul <16 x float> %2915, %exp2492
  store <16 x float> %2916, ptr %107, align 64
  %2917 = load <16 x float>, ptr %108, align 64
  %2918 = fmul <16 x float> %2917, %exp2492
  store <16 x float> %2918, ptr %108, align 64
  %2919 = load <16 x float>, ptr %109, align 64
  %2920 = fmul <16 x float> %2919, %exp2492
  store <16 x float> %2920, ptr %109, align 64
  %2921 = load <16 x float>, ptr %110, align 64
  %2922 = fmul <16 x float> %2921, %exp2492
  store <16 x float> %2922, ptr %110, align 64
  %2923 = load <16 x float>, ptr %111, align 64
  %2924 = fmul <16 x float> %2923, %exp2492
  store <16 x float> %2924, ptr %111, align 64
  %2925 = load <16 x float>, ptr %112, align 64
  %2926 = fmul <16 x float> %2925, %exp2492
  store <16 x float> %2926, ptr %112, align 64
  %2927 = load <16 x float>, ptr %113, align 64
  %2928 = fmul <16 x float> %2927, %exp2492
  store <16 x float> %2928, ptr %113, align 64
  %2929 = load i32, ptr %125, align 4
  %2930 = insertelement <16 x i32> poison, i32 %2929, i64 0
  %splat499 = shufflevector <16 x i32> %2930, <16 x i32> poison, <16 x i32> zeroinitializer
  %2931 = icmp slt <16 x i32> %2818, %splat499
  %2932 = select <16 x i1> %2931, <16 x float> %2816, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %m500 = load float, ptr %115, align 4
  %2933 = call float @llvm.vector.reduce.fmax.v16f32(<16 x float> %2932)
  %2934 = call float @llvm.maxnum.f32(float %m500, float %2933)
  %2935 = fcmp oeq float %2934, 0xFFF0000000000000
  %2936 = select i1 %2935, float 0.000000e+00, float %2934
  %2937 = fsub float %m500, %2936
  %2938 = insertelement <16 x float> poison, float %2937, i64 0
  %splat501 = shufflevector <16 x float> %2938, <16 x float> poison, <16 x i32> zeroinitializer
  %2939 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat501, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %2940 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %2939, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %2941 = fadd <16 x float> %2940, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n502 = fadd <16 x float> %2941, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f503 = fsub <16 x float> %2940, %n502
  %2942 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f503, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %2943 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2942, <16 x float> %f503, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %2944 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2943, <16 x float> %f503, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %2945 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2944, <16 x float> %f503, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %2946 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2945, <16 x float> %f503, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %2947 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2946, <16 x float> %f503, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %2948 = fptosi <16 x float> %n502 to <16 x i32>
  %2949 = shl <16 x i32> %2948, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %2950 = add <16 x i32> %2949, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %2951 = bitcast <16 x i32> %2950 to <16 x float>
  %exp2504 = fmul <16 x float> %2947, %2951
  %2952 = insertelement <16 x float> poison, float %2936, i64 0
  %splat505 = shufflevector <16 x float> %2952, <16 x float> poison, <16 x i32> zeroinitializer
  %2953 = fsub <16 x float> %2932, %splat505
  %2954 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %2953, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %2955 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %2954, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %2956 = fadd <16 x float> %2955, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n506 = fadd <16 x float> %2956, <float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000, float 0xC168000000000000>
  %f507 = fsub <16 x float> %2955, %n506
  %2957 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %f507, <16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %2958 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2957, <16 x float> %f507, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %2959 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2958, <16 x float> %f507, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %2960 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2959, <16 x float> %f507, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %2961 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2960, <16 x float> %f507, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %2962 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2961, <16 x float> %f507, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %2963 = fptosi <16 x float> %n506 to <16 x i32>
  %2964 = shl <16 x i32> %2963, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %2965 = add <16 x i32> %2964, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %2966 = bitcast <16 x i32> %2965 to <16 x float>
  %exp2508 = fmul <16 x float> %2962, %2966
  %l509 = load <16 x float>, ptr %116, align 64
  %2967 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %l509, <16 x float> %exp2504, <16 x float> %exp2508)
  store <16 x float> %2967, ptr %116, align 64
  store float %2934, ptr %115, align 4
  %2968 = load <16 x float>, ptr %117, align 64
  %2969 = fmul <16 x float> %2968, %exp2504
  store <16 x float> %2969, ptr %117, align 64
  %2970 = load <16 x float>, ptr %118, align 64
  %2971 = fmul <16 x float> %2970, %exp2504
  store <16 x float> %2971, ptr %118, align 64
  %2972 = load <16 x float>, ptr %119, align 64
  %2973 = fmul <16 x float> %2972, %exp2504
  store <16 x float> %2973, ptr %119, align 64
  %2974 = load <16 x float>, ptr %120, align 64
  %2975 = fmul <16 x float> %2974, %exp2504
  store <16 x float> %2975, ptr %120, align 64
  %2976 = load <16 x float>, ptr %121, align 64
  %2977 = fmul <16 x float> %2976, %exp2504
  store <16 x float> %2977, ptr %121, align 64
  %2978 = load <16 x float>, ptr %122, align 64
  %2979 = fmul <16 x float> %2978, %exp2504
  store <16 x float> %2979, ptr %122, align 64
  %2980 = load <16 x float>, ptr %123, align 64
  %2981 = fmul <16 x float> %2980, %exp2504
  store <16 x float> %2981, ptr %123, align 64
  %2982 = load <16 x float>, ptr %124, align 64
  %2983 = fmul <16 x float> %2982, %exp2504
  store <16 x float> %2983, ptr %124, align 64
  %2984 = getelementptr i8, ptr %24, i64 %1981
  %2985 = load <16 x half>, ptr %2984, align 2
  %f16510 = fpext <16 x half> %2985 to <16 x float>
  %2986 = load <16 x float>, ptr %bacc658, align 64
  %2987 = shufflevector <16 x float> %exp2484, <16 x float> poison, <16 x i32> zeroinitializer
  %2988 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2987, <16 x float> %f16510, <16 x float> %2986)
  store <16 x float> %2988, ptr %bacc658, align 64
  %2989 = load <16 x float>, ptr %106, align 64
  %2990 = shufflevector <16 x float> %exp2496, <16 x float> poison, <16 x i32> zeroinitializer
  %2991 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2990, <16 x float> %f16510, <16 x float> %2989)
  store <16 x float> %2991, ptr %106, align 64
  %2992 = shufflevector <16 x float> %exp2508, <16 x float> poison, <16 x i32> zeroinitializer
  %2993 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2992, <16 x float> %f16510, <16 x float> %2969)
  store <16 x float> %2993, ptr %117, align 64
  %2994 = getelementptr i8, ptr %2984, i64 32
  %2995 = load <16 x half>, ptr %2994, align 2
  %f16511 = fpext <16 x half> %2995 to <16 x float>
  %2996 = load <16 x float>, ptr %97, align 64
  %2997 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2987, <16 x float> %f16511, <16 x float> %2996)
  store <16 x float> %2997, ptr %97, align 64
  %2998 = load <16 x float>, ptr %107, align 64
  %2999 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2990, <16 x float> %f16511, <16 x float> %2998)
  store <16 x float> %2999, ptr %107, align 64
  %3000 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2992, <16 x float> %f16511, <16 x float> %2971)
  store <16 x float> %3000, ptr %118, align 64
  %3001 = getelementptr i8, ptr %2984, i64 64
  %3002 = load <16 x half>, ptr %3001, align 2
  %f16512 = fpext <16 x half> %3002 to <16 x float>
  %3003 = load <16 x float>, ptr %98, align 64
  %3004 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2987, <16 x float> %f16512, <16 x float> %3003)
  store <16 x float> %3004, ptr %98, align 64
  %3005 = load <16 x float>, ptr %108, align 64
  %3006 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2990, <16 x float> %f16512, <16 x float> %3005)
  store <16 x float> %3006, ptr %108, align 64
  %3007 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2992, <16 x float> %f16512, <16 x float> %2973)
  store <16 x float> %3007, ptr %119, align 64
  %3008 = getelementptr i8, ptr %2984, i64 96
  %3009 = load <16 x half>, ptr %3008, align 2
  %f16513 = fpext <16 x half> %3009 to <16 x float>
  %3010 = load <16 x float>, ptr %99, align 64
  %3011 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2987, <16 x float> %f16513, <16 x float> %3010)
  store <16 x float> %3011, ptr %99, align 64
  %3012 = load <16 x float>, ptr %109, align 64
  %3013 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2990, <16 x float> %f16513, <16 x float> %3012)
  store <16 x float> %3013, ptr %109, align 64
  %3014 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2992, <16 x float> %f16513, <16 x float> %2975)
  store <16 x float> %3014, ptr %120, align 64
  %3015 = getelementptr i8, ptr %2984, i64 128
  %3016 = load <16 x half>, ptr %3015, align 2
  %f16514 = fpext <16 x half> %3016 to <16 x float>
  %3017 = load <16 x float>, ptr %100, align 64
  %3018 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2987, <16 x float> %f16514, <16 x float> %3017)
  store <16 x float> %3018, ptr %100, align 64
  %3019 = load <16 x float>, ptr %110, align 64
  %3020 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2990, <16 x float> %f16514, <16 x float> %3019)
  store <16 x float> %3020, ptr %110, align 64
  %3021 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2992, <16 x float> %f16514, <16 x float> %2977)
  store <16 x float> %3021, ptr %121, align 64
  %3022 = getelementptr i8, ptr %2984, i64 160
  %3023 = load <16 x half>, ptr %3022, align 2
  %f16515 = fpext <16 x half> %3023 to <16 x float>
  %3024 = load <16 x float>, ptr %101, align 64
  %3025 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2987, <16 x float> %f16515, <16 x float> %3024)
  store <16 x float> %3025, ptr %101, align 64
  %3026 = load <16 x float>, ptr %111, align 64
  %3027 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2990, <16 x float> %f16515, <16 x float> %3026)
  store <16 x float> %3027, ptr %111, align 64
  %3028 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2992, <16 x float> %f16515, <16 x float> %2979)
  store <16 x float> %3028, ptr %122, align 64
  %3029 = getelementptr i8, ptr %2984, i64 192
  %3030 = load <16 x half>, ptr %3029, align 2
  %f16516 = fpext <16 x half> %3030 to <16 x float>
  %3031 = load <16 x float>, ptr %102, align 64
  %3032 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2987, <16 x float> %f16516, <16 x float> %3031)
  store <16 x float> %3032, ptr %102, align 64
  %3033 = load <16 x float>, ptr %112, align 64
  %3034 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2990, <16 x float> %f16516, <16 x float> %3033)
  store <16 x float> %3034, ptr %112, align 64
  %3035 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2992, <16 x float> %f16516, <16 x float> %2981)
  store <16 x float> %3035, ptr %123, align 64
  %3036 = getelementptr i8, ptr %2984, i64 224
  %3037 = load <16 x half>, ptr %3036, align 2
  %f16517 = fpext <16 x half> %3037 to <16 x float>
  %3038 = load <16 x float>, ptr %103, align 64
  %3039 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2987, <16 x float> %f16517, <16 x float> %3038)
  store <16 x float> %3039, ptr %103, align 64
  %3040 = load <16 x float>, ptr %113, align 64
  %3041 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2990, <16 x float> %f16517, <16 x float> %3040)
  store <16 x float> %3041, ptr %113, align 64
  %3042 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %2992, <16 x float> %f16517, <16 x float> %2983)
  store <16 x float> %3042, ptr %124, align 64
  %3043 = getelementptr i8, ptr %24, i64 %2025
  %3044 = load <16 x half>, ptr %3043, align 2
  %f16518 = fpext <16 x half> %3044 to <16 x float>
  %3045 = shufflevector <16 x float> %exp2484, <16 x float> poison, <16 x i32> <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %3046 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3045, <16 x float> %f16518, <16 x float> %2988)
  store <16 x float> %3046, ptr %bacc658, align 64
  %3047 = shufflevector <16 x float> %exp2496, <16 x float> poison, <16 x i32> <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %3048 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3047, <16 x float> %f16518, <16 x float> %2991)
  store <16 x float> %3048, ptr %106, align 64
  %3049 = shufflevector <16 x float> %exp2508, <16 x float> poison, <16 x i32> <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %3050 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3049, <16 x float> %f16518, <16 x float> %2993)
  store <16 x float> %3050, ptr %117, align 64
  %3051 = getelementptr i8, ptr %3043, i64 32
  %3052 = load <16 x half>, ptr %3051, align 2
  %f16519 = fpext <16 x half> %3052 to <16 x float>
  %3053 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3045, <16 x float> %f16519, <16 x float> %2997)
  store <16 x float> %3053, ptr %97, align 64
  %3054 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3047, <16 x float> %f16519, <16 x float> %2999)
  store <16 x float> %3054, ptr %107, align 64
  %3055 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3049, <16 x float> %f16519, <16 x float> %3000)
  store <16 x float> %3055, ptr %118, align 64
  %3056 = getelementptr i8, ptr %3043, i64 64
  %3057 = load <16 x half>, ptr %3056, align 2
  %f16520 = fpext <16 x half> %3057 to <16 x float>
  %3058 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3045, <16 x float> %f16520, <16 x float> %3004)
  store <16 x float> %3058, ptr %98, align 64
  %3059 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3047, <16 x float> %f16520, <16 x float> %3006)
  store <16 x float> %3059, ptr %108, align 64
  %3060 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3049, <16 x float> %f16520, <16 x float> %3007)
  store <16 x float> %3060, ptr %119, align 64
  %3061 = getelementptr i8, ptr %3043, i64 96
  %3062 = load <16 x half>, ptr %3061, align 2
  %f16521 = fpext <16 x half> %3062 to <16 x float>
  %3063 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3045, <16 x float> %f16521, <16 x float> %3011)
  store <16 x float> %3063, ptr %99, align 64
  %3064 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3047, <16 x float> %f16521, <16 x float> %3013)
  store <16 x float> %3064, ptr %109, align 64
  %3065 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3049, <16 x float> %f16521, <16 x float> %3014)
  store <16 x float> %3065, ptr %120, align 64
  %3066 = getelementptr i8, ptr %3043, i64 128
  %3067 = load <16 x half>, ptr %3066, align 2
  %f16522 = fpext <16 x half> %3067 to <16 x float>
  %3068 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3045, <16 x float> %f16522, <16 x float> %3018)
  store <16 x float> %3068, ptr %100, align 64
  %3069 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3047, <16 x float> %f16522, <16 x float> %3020)
  store <16 x float> %3069, ptr %110, align 64
  %3070 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3049, <16 x float> %f16522, <16 x float> %3021)
  store <16 x float> %3070, ptr %121, align 64
  %3071 = getelementptr i8, ptr %3043, i64 160
  %3072 = load <16 x half>, ptr %3071, align 2
  %f16523 = fpext <16 x half> %3072 to <16 x float>
  %3073 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3045, <16 x float> %f16523, <16 x float> %3025)
  store <16 x float> %3073, ptr %101, align 64
  %3074 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3047, <16 x float> %f16523, <16 x float> %3027)
  store <16 x float> %3074, ptr %111, align 64
  %3075 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3049, <16 x float> %f16523, <16 x float> %3028)
  store <16 x float> %3075, ptr %122, align 64
  %3076 = getelementptr i8, ptr %3043, i64 192
  %3077 = load <16 x half>, ptr %3076, align 2
  %f16524 = fpext <16 x half> %3077 to <16 x float>
  %3078 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3045, <16 x float> %f16524, <16 x float> %3032)
  store <16 x float> %3078, ptr %102, align 64
  %3079 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3047, <16 x float> %f16524, <16 x float> %3034)
  store <16 x float> %3079, ptr %112, align 64
  %3080 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3049, <16 x float> %f16524, <16 x float> %3035)
  store <16 x float> %3080, ptr %123, align 64
  %3081 = getelementptr i8, ptr %3043, i64 224
  %3082 = load <16 x half>, ptr %3081, align 2
  %f16525 = fpext <16 x half> %3082 to <16 x float>
  %3083 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3045, <16 x float> %f16525, <16 x float> %3039)
  store <16 x float> %3083, ptr %103, align 64
  %3084 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3047, <16 x float> %f16525, <16 x float> %3041)
  store <16 x float> %3084, ptr %113, align 64
  %3085 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3049, <16 x float> %f16525, <16 x float> %3042)
  store <16 x float> %3085, ptr %124, align 64
  %3086 = getelementptr i8, ptr %24, i64 %2078
  %3087 = load <16 x half>, ptr %3086, align 2
  %f16526 = fpext <16 x half> %3087 to <16 x float>
  %3088 = shufflevector <16 x float> %exp2484, <16 x float> poison, <16 x i32> <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  %3089 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3088, <16 x float> %f16526, <16 x float> %3046)
  store <16 x float> %3089, ptr %bacc658, align 64
  %3090 = shufflevector <16 x float> %exp2496, <16 x float> poison, <16 x i32> <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  %3091 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3090, <16 x float> %f16526, <16 x float> %3048)
  store <16 x float> %3091, ptr %106, align 64
  %3092 = shufflevector <16 x float> %exp2508, <16 x float> poison, <16 x i32> <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  %3093 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3092, <16 x float> %f16526, <16 x float> %3050)
  store <16 x float> %3093, ptr %117, align 64
  %3094 = getelementptr i8, ptr %3086, i64 32
  %3095 = load <16 x half>, ptr %3094, align 2
  %f16527 = fpext <16 x half> %3095 to <16 x float>
  %3096 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3088, <16 x float> %f16527, <16 x float> %3053)
  store <16 x float> %3096, ptr %97, align 64
  %3097 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3090, <16 x float> %f16527, <16 x float> %3054)
  store <16 x float> %3097, ptr %107, align 64
  %3098 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3092, <16 x float> %f16527, <16 x float> %3055)
  store <16 x float> %3098, ptr %118, align 64
  %3099 = getelementptr i8, ptr %3086, i64 64
  %3100 = load <16 x half>, ptr %3099, align 2
  %f16528 = fpext <16 x half> %3100 to <16 x float>
  %3101 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3088, <16 x float> %f16528, <16 x float> %3058)
  store <16 x float> %3101, ptr %98, align 64
  %3102 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3090, <16 x float> %f16528, <16 x float> %3059)
  store <16 x float> %3102, ptr %108, align 64
  %3103 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3092, <16 x float> %f16528, <16 x float> %3060)
  store <16 x float> %3103, ptr %119, align 64
  %3104 = getelementptr i8, ptr %3086, i64 96
  %3105 = load <16 x half>, ptr %3104, align 2
  %f16529 = fpext <16 x half> %3105 to <16 x float>
  %3106 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3088, <16 x float> %f16529, <16 x float> %3063)
  store <16 x float> %3106, ptr %99, align 64
  %3107 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3090, <16 x float> %f16529, <16 x float> %3064)
  store <16 x float> %3107, ptr %109, align 64
  %3108 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3092, <16 x float> %f16529, <16 x float> %3065)
  store <16 x float> %3108, ptr %120, align 64
  %3109 = getelementptr i8, ptr %3086, i64 128
  %3110 = load <16 x half>, ptr %3109, align 2
  %f16530 = fpext <16 x half> %3110 to <16 x float>
  %3111 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3088, <16 x float> %f16530, <16 x float> %3068)
  store <16 x float> %3111, ptr %100, align 64
  %3112 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3090, <16 x float> %f16530, <16 x float> %3069)
  store <16 x float> %3112, ptr %110, align 64
  %3113 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3092, <16 x float> %f16530, <16 x float> %3070)
  store <16 x float> %3113, ptr %121, align 64
  %3114 = getelementptr i8, ptr %3086, i64 160
  %3115 = load <16 x half>, ptr %3114, align 2
  %f16531 = fpext <16 x half> %3115 to <16 x float>
  %3116 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3088, <16 x float> %f16531, <16 x float> %3073)
  store <16 x float> %3116, ptr %101, align 64
  %3117 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3090, <16 x float> %f16531, <16 x float> %3074)
  store <16 x float> %3117, ptr %111, align 64
  %3118 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3092, <16 x float> %f16531, <16 x float> %3075)
  store <16 x float> %3118, ptr %122, align 64
  %3119 = getelementptr i8, ptr %3086, i64 192
  %3120 = load <16 x half>, ptr %3119, align 2
  %f16532 = fpext <16 x half> %3120 to <16 x float>
  %3121 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3088, <16 x float> %f16532, <16 x float> %3078)
  store <16 x float> %3121, ptr %102, align 64
  %3122 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3090, <16 x float> %f16532, <16 x float> %3079)
  store <16 x float> %3122, ptr %112, align 64
  %3123 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3092, <16 x float> %f16532, <16 x float> %3080)
  store <16 x float> %3123, ptr %123, align 64
  %3124 = getelementptr i8, ptr %3086, i64 224
  %3125 = load <16 x half>, ptr %3124, align 2
  %f16533 = fpext <16 x half> %3125 to <16 x float>
  %3126 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3088, <16 x float> %f16533, <16 x float> %3083)
  store <16 x float> %3126, ptr %103, align 64
  %3127 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3090, <16 x float> %f16533, <16 x float> %3084)
  store <16 x float> %3127, ptr %113, align 64
  %3128 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3092, <16 x float> %f16533, <16 x float> %3085)
  store <16 x float> %3128, ptr %124, align 64
  %3129 = getelementptr i8, ptr %24, i64 %2122
  %3130 = load <16 x half>, ptr %3129, align 2
  %f16534 = fpext <16 x half> %3130 to <16 x float>
  %3131 = shufflevector <16 x float> %exp2484, <16 x float> poison, <16 x i32> <i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3>
  %3132 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3131, <16 x float> %f16534, <16 x float> %3089)
  store <16 x float> %3132, ptr %bacc658, align 64
  %3133 = shufflevector <16 x float> %exp2496, <16 x float> poison, <16 x i32> <i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3>
  %3134 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3133, <16 x float> %f16534, <16 x float> %3091)
  store <16 x float> %3134, ptr %106, align 64
  %3135 = shufflevector <16 x float> %exp2508, <16 x float> poison, <16 x i32> <i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3>
  %3136 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3135, <16 x float> %f16534, <16 x float> %3093)
  store <16 x float> %3136, ptr %117, align 64
  %3137 = getelementptr i8, ptr %3129, i64 32
  %3138 = load <16 x half>, ptr %3137, align 2
  %f16535 = fpext <16 x half> %3138 to <16 x float>
  %3139 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3131, <16 x float> %f16535, <16 x float> %3096)
  store <16 x float> %3139, ptr %97, align 64
  %3140 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3133, <16 x float> %f16535, <16 x float> %3097)
  store <16 x float> %3140, ptr %107, align 64
  %3141 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3135, <16 x float> %f16535, <16 x float> %3098)
  store <16 x float> %3141, ptr %118, align 64
  %3142 = getelementptr i8, ptr %3129, i64 64
  %3143 = load <16 x half>, ptr %3142, align 2
  %f16536 = fpext <16 x half> %3143 to <16 x float>
  %3144 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3131, <16 x float> %f16536, <16 x float> %3101)
  store <16 x float> %3144, ptr %98, align 64
  %3145 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3133, <16 x float> %f16536, <16 x float> %3102)
  store <16 x float> %3145, ptr %108, align 64
  %3146 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3135, <16 x float> %f16536, <16 x float> %3103)
  store <16 x float> %3146, ptr %119, align 64
  %3147 = getelementptr i8, ptr %3129, i64 96
  %3148 = load <16 x half>, ptr %3147, align 2
  %f16537 = fpext <16 x half> %3148 to <16 x float>
  %3149 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3131, <16 x float> %f16537, <16 x float> %3106)
  store <16 x float> %3149, ptr %99, align 64
  %3150 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3133, <16 x float> %f16537, <16 x float> %3107)
  store <16 x float> %3150, ptr %109, align 64
  %3151 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3135, <16 x float> %f16537, <16 x float> %3108)
  store <16 x float> %3151, ptr %120, align 64
  %3152 = getelementptr i8, ptr %3129, i64 128
  %3153 = load <16 x half>, ptr %3152, align 2
  %f16538 = fpext <16 x half> %3153 to <16 x float>
  %3154 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3131, <16 x float> %f16538, <16 x float> %3111)
  store <16 x float> %3154, ptr %100, align 64
  %3155 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3133, <16 x float> %f16538, <16 x float> %3112)
  store <16 x float> %3155, ptr %110, align 64
  %3156 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3135, <16 x float> %f16538, <16 x float> %3113)
  store <16 x float> %3156, ptr %121, align 64
  %3157 = getelementptr i8, ptr %3129, i64 160
  %3158 = load <16 x half>, ptr %3157, align 2
  %f16539 = fpext <16 x half> %3158 to <16 x float>
  %3159 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3131, <16 x float> %f16539, <16 x float> %3116)
  store <16 x float> %3159, ptr %101, align 64
  %3160 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3133, <16 x float> %f16539, <16 x float> %3117)
  store <16 x float> %3160, ptr %111, align 64
  %3161 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3135, <16 x float> %f16539, <16 x float> %3118)
  store <16 x float> %3161, ptr %122, align 64
  %3162 = getelementptr i8, ptr %3129, i64 192
  %3163 = load <16 x half>, ptr %3162, align 2
  %f16540 = fpext <16 x half> %3163 to <16 x float>
  %3164 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3131, <16 x float> %f16540, <16 x float> %3121)
  store <16 x float> %3164, ptr %102, align 64
  %3165 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3133, <16 x float> %f16540, <16 x float> %3122)
  store <16 x float> %3165, ptr %112, align 64
  %3166 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3135, <16 x float> %f16540, <16 x float> %3123)
  store <16 x float> %3166, ptr %123, align 64
  %3167 = getelementptr i8, ptr %3129, i64 224
  %3168 = load <16 x half>, ptr %3167, align 2
  %f16541 = fpext <16 x half> %3168 to <16 x float>
  %3169 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3131, <16 x float> %f16541, <16 x float> %3126)
  store <16 x float> %3169, ptr %103, align 64
  %3170 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3133, <16 x float> %f16541, <16 x float> %3127)
  store <16 x float> %3170, ptr %113, align 64
  %3171 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3135, <16 x float> %f16541, <16 x float> %3128)
  store <16 x float> %3171, ptr %124, align 64
  %3172 = getelementptr i8, ptr %24, i64 %2184
  %3173 = load <16 x half>, ptr %3172, align 2
  %f16542 = fpext <16 x half> %3173 to <16 x float>
  %3174 = shufflevector <16 x float> %exp2484, <16 x float> poison, <16 x i32> <i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4>
  %3175 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3174, <16 x float> %f16542, <16 x float> %3132)
  store <16 x float> %3175, ptr %bacc658, align 64
  %3176 = shufflevector <16 x float> %exp2496, <16 x float> poison, <16 x i32> <i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4>
  %3177 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3176, <16 x float> %f16542, <16 x float> %3134)
  store <16 x float> %3177, ptr %106, align 64
  %3178 = shufflevector <16 x float> %exp2508, <16 x float> poison, <16 x i32> <i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4>
  %3179 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3178, <16 x float> %f16542, <16 x float> %3136)
  store <16 x float> %3179, ptr %117, align 64
  %3180 = getelementptr i8, ptr %3172, i64 32
  %3181 = load <16 x half>, ptr %3180, align 2
  %f16543 = fpext <16 x half> %3181 to <16 x float>
  %3182 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3174, <16 x float> %f16543, <16 x float> %3139)
  store <16 x float> %3182, ptr %97, align 64
  %3183 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3176, <16 x float> %f16543, <16 x float> %3140)
  store <16 x float> %3183, ptr %107, align 64
  %3184 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3178, <16 x float> %f16543, <16 x float> %3141)
  store <16 x float> %3184, ptr %118, align 64
  %3185 = getelementptr i8, ptr %3172, i64 64
  %3186 = load <16 x half>, ptr %3185, align 2
  %f16544 = fpext <16 x half> %3186 to <16 x float>
  %3187 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3174, <16 x float> %f16544, <16 x float> %3144)
  store <16 x float> %3187, ptr %98, align 64
  %3188 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3176, <16 x float> %f16544, <16 x float> %3145)
  store <16 x float> %3188, ptr %108, align 64
  %3189 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3178, <16 x float> %f16544, <16 x float> %3146)
  store <16 x float> %3189, ptr %119, align 64
  %3190 = getelementptr i8, ptr %3172, i64 96
  %3191 = load <16 x half>, ptr %3190, align 2
  %f16545 = fpext <16 x half> %3191 to <16 x float>
  %3192 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3174, <16 x float> %f16545, <16 x float> %3149)
  store <16 x float> %3192, ptr %99, align 64
  %3193 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3176, <16 x float> %f16545, <16 x float> %3150)
  store <16 x float> %3193, ptr %109, align 64
  %3194 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3178, <16 x float> %f16545, <16 x float> %3151)
  store <16 x float> %3194, ptr %120, align 64
  %3195 = getelementptr i8, ptr %3172, i64 128
  %3196 = load <16 x half>, ptr %3195, align 2
  %f16546 = fpext <16 x half> %3196 to <16 x float>
  %3197 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3174, <16 x float> %f16546, <16 x float> %3154)
  store <16 x float> %3197, ptr %100, align 64
  %3198 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3176, <16 x float> %f16546, <16 x float> %3155)
  store <16 x float> %3198, ptr %110, align 64
  %3199 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3178, <16 x float> %f16546, <16 x float> %3156)
  store <16 x float> %3199, ptr %121, align 64
  %3200 = getelementptr i8, ptr %3172, i64 160
  %3201 = load <16 x half>, ptr %3200, align 2
  %f16547 = fpext <16 x half> %3201 to <16 x float>
  %3202 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3174, <16 x float> %f16547, <16 x float> %3159)
  store <16 x float> %3202, ptr %101, align 64
  %3203 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3176, <16 x float> %f16547, <16 x float> %3160)
  store <16 x float> %3203, ptr %111, align 64
  %3204 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3178, <16 x float> %f16547, <16 x float> %3161)
  store <16 x float> %3204, ptr %122, align 64
  %3205 = getelementptr i8, ptr %3172, i64 192
  %3206 = load <16 x half>, ptr %3205, align 2
  %f16548 = fpext <16 x half> %3206 to <16 x float>
  %3207 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3174, <16 x float> %f16548, <16 x float> %3164)
  store <16 x float> %3207, ptr %102, align 64
  %3208 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3176, <16 x float> %f16548, <16 x float> %3165)
  store <16 x float> %3208, ptr %112, align 64
  %3209 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3178, <16 x float> %f16548, <16 x float> %3166)
  store <16 x float> %3209, ptr %123, align 64
  %3210 = getelementptr i8, ptr %3172, i64 224
  %3211 = load <16 x half>, ptr %3210, align 2
  %f16549 = fpext <16 x half> %3211 to <16 x float>
  %3212 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3174, <16 x float> %f16549, <16 x float> %3169)
  store <16 x float> %3212, ptr %103, align 64
  %3213 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3176, <16 x float> %f16549, <16 x float> %3170)
  store <16 x float> %3213, ptr %113, align 64
  %3214 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3178, <16 x float> %f16549, <16 x float> %3171)
  store <16 x float> %3214, ptr %124, align 64
  %3215 = getelementptr i8, ptr %24, i64 %2228
  %3216 = load <16 x half>, ptr %3215, align 2
  %f16550 = fpext <16 x half> %3216 to <16 x float>
  %3217 = shufflevector <16 x float> %exp2484, <16 x float> poison, <16 x i32> <i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5>
  %3218 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3217, <16 x float> %f16550, <16 x float> %3175)
  store <16 x float> %3218, ptr %bacc658, align 64
  %3219 = shufflevector <16 x float> %exp2496, <16 x float> poison, <16 x i32> <i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5>
  %3220 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3219, <16 x float> %f16550, <16 x float> %3177)
  store <16 x float> %3220, ptr %106, align 64
  %3221 = shufflevector <16 x float> %exp2508, <16 x float> poison, <16 x i32> <i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5>
  %3222 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3221, <16 x float> %f16550, <16 x float> %3179)
  store <16 x float> %3222, ptr %117, align 64
  %3223 = getelementptr i8, ptr %3215, i64 32
  %3224 = load <16 x half>, ptr %3223, align 2
  %f16551 = fpext <16 x half> %3224 to <16 x float>
  %3225 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3217, <16 x float> %f16551, <16 x float> %3182)
  store <16 x float> %3225, ptr %97, align 64
  %3226 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3219, <16 x float> %f16551, <16 x float> %3183)
  store <16 x float> %3226, ptr %107, align 64
  %3227 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3221, <16 x float> %f16551, <16 x float> %3184)
  store <16 x float> %3227, ptr %118, align 64
  %3228 = getelementptr i8, ptr %3215, i64 64
  %3229 = load <16 x half>, ptr %3228, align 2
  %f16552 = fpext <16 x half> %3229 to <16 x float>
  %3230 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3217, <16 x float> %f16552, <16 x float> %3187)
  store <16 x float> %3230, ptr %98, align 64
  %3231 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3219, <16 x float> %f16552, <16 x float> %3188)
  store <16 x float> %3231, ptr %108, align 64
  %3232 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3221, <16 x float> %f16552, <16 x float> %3189)
  store <16 x float> %3232, ptr %119, align 64
  %3233 = getelementptr i8, ptr %3215, i64 96
  %3234 = load <16 x half>, ptr %3233, align 2
  %f16553 = fpext <16 x half> %3234 to <16 x float>
  %3235 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3217, <16 x float> %f16553, <16 x float> %3192)
  store <16 x float> %3235, ptr %99, align 64
  %3236 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3219, <16 x float> %f16553, <16 x float> %3193)
  store <16 x float> %3236, ptr %109, align 64
  %3237 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3221, <16 x float> %f16553, <16 x float> %3194)
  store <16 x float> %3237, ptr %120, align 64
  %3238 = getelementptr i8, ptr %3215, i64 128
  %3239 = load <16 x half>, ptr %3238, align 2
  %f16554 = fpext <16 x half> %3239 to <16 x float>
  %3240 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3217, <16 x float> %f16554, <16 x float> %3197)
  store <16 x float> %3240, ptr %100, align 64
  %3241 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3219, <16 x float> %f16554, <16 x float> %3198)
  store <16 x float> %3241, ptr %110, align 64
  %3242 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3221, <16 x float> %f16554, <16 x float> %3199)
  store <16 x float> %3242, ptr %121, align 64
  %3243 = getelementptr i8, ptr %3215, i64 160
  %3244 = load <16 x half>, ptr %3243, align 2
  %f16555 = fpext <16 x half> %3244 to <16 x float>
  %3245 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3217, <16 x float> %f16555, <16 x float> %3202)
  store <16 x float> %3245, ptr %101, align 64
  %3246 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3219, <16 x float> %f16555, <16 x float> %3203)
  store <16 x float> %3246, ptr %111, align 64
  %3247 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3221, <16 x float> %f16555, <16 x float> %3204)
  store <16 x float> %3247, ptr %122, align 64
  %3248 = getelementptr i8, ptr %3215, i64 192
  %3249 = load <16 x half>, ptr %3248, align 2
  %f16556 = fpext <16 x half> %3249 to <16 x float>
  %3250 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3217, <16 x float> %f16556, <16 x float> %3207)
  store <16 x float> %3250, ptr %102, align 64
  %3251 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3219, <16 x float> %f16556, <16 x float> %3208)
  store <16 x float> %3251, ptr %112, align 64
  %3252 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3221, <16 x float> %f16556, <16 x float> %3209)
  store <16 x float> %3252, ptr %123, align 64
  %3253 = getelementptr i8, ptr %3215, i64 224
  %3254 = load <16 x half>, ptr %3253, align 2
  %f16557 = fpext <16 x half> %3254 to <16 x float>
  %3255 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3217, <16 x float> %f16557, <16 x float> %3212)
  store <16 x float> %3255, ptr %103, align 64
  %3256 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3219, <16 x float> %f16557, <16 x float> %3213)
  store <16 x float> %3256, ptr %113, align 64
  %3257 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3221, <16 x float> %f16557, <16 x float> %3214)
  store <16 x float> %3257, ptr %124, align 64
  %3258 = getelementptr i8, ptr %24, i64 %2281
  %3259 = load <16 x half>, ptr %3258, align 2
  %f16558 = fpext <16 x half> %3259 to <16 x float>
  %3260 = shufflevector <16 x float> %exp2484, <16 x float> poison, <16 x i32> <i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6>
  %3261 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3260, <16 x float> %f16558, <16 x float> %3218)
  store <16 x float> %3261, ptr %bacc658, align 64
  %3262 = shufflevector <16 x float> %exp2496, <16 x float> poison, <16 x i32> <i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6>
  %3263 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3262, <16 x float> %f16558, <16 x float> %3220)
  store <16 x float> %3263, ptr %106, align 64
  %3264 = shufflevector <16 x float> %exp2508, <16 x float> poison, <16 x i32> <i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6>
  %3265 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3264, <16 x float> %f16558, <16 x float> %3222)
  store <16 x float> %3265, ptr %117, align 64
  %3266 = getelementptr i8, ptr %3258, i64 32
  %3267 = load <16 x half>, ptr %3266, align 2
  %f16559 = fpext <16 x half> %3267 to <16 x float>
  %3268 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3260, <16 x float> %f16559, <16 x float> %3225)
  store <16 x float> %3268, ptr %97, align 64
  %3269 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3262, <16 x float> %f16559, <16 x float> %3226)
  store <16 x float> %3269, ptr %107, align 64
  %3270 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3264, <16 x float> %f16559, <16 x float> %3227)
  store <16 x float> %3270, ptr %118, align 64
  %3271 = getelementptr i8, ptr %3258, i64 64
  %3272 = load <16 x half>, ptr %3271, align 2
  %f16560 = fpext <16 x half> %3272 to <16 x float>
  %3273 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3260, <16 x float> %f16560, <16 x float> %3230)
  store <16 x float> %3273, ptr %98, align 64
  %3274 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3262, <16 x float> %f16560, <16 x float> %3231)
  store <16 x float> %3274, ptr %108, align 64
  %3275 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3264, <16 x float> %f16560, <16 x float> %3232)
  store <16 x float> %3275, ptr %119, align 64
  %3276 = getelementptr i8, ptr %3258, i64 96
  %3277 = load <16 x half>, ptr %3276, align 2
  %f16561 = fpext <16 x half> %3277 to <16 x float>
  %3278 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3260, <16 x float> %f16561, <16 x float> %3235)
  store <16 x float> %3278, ptr %99, align 64
  %3279 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3262, <16 x float> %f16561, <16 x float> %3236)
  store <16 x float> %3279, ptr %109, align 64
  %3280 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3264, <16 x float> %f16561, <16 x float> %3237)
  store <16 x float> %3280, ptr %120, align 64
  %3281 = getelementptr i8, ptr %3258, i64 128
  %3282 = load <16 x half>, ptr %3281, align 2
  %f16562 = fpext <16 x half> %3282 to <16 x float>
  %3283 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3260, <16 x float> %f16562, <16 x float> %3240)
  store <16 x float> %3283, ptr %100, align 64
  %3284 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3262, <16 x float> %f16562, <16 x float> %3241)
  store <16 x float> %3284, ptr %110, align 64
  %3285 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3264, <16 x float> %f16562, <16 x float> %3242)
  store <16 x float> %3285, ptr %121, align 64
  %3286 = getelementptr i8, ptr %3258, i64 160
  %3287 = load <16 x half>, ptr %3286, align 2
  %f16563 = fpext <16 x half> %3287 to <16 x float>
  %3288 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3260, <16 x float> %f16563, <16 x float> %3245)
  store <16 x float> %3288, ptr %101, align 64
  %3289 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3262, <16 x float> %f16563, <16 x float> %3246)
  store <16 x float> %3289, ptr %111, align 64
  %3290 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3264, <16 x float> %f16563, <16 x float> %3247)
  store <16 x float> %3290, ptr %122, align 64
  %3291 = getelementptr i8, ptr %3258, i64 192
  %3292 = load <16 x half>, ptr %3291, align 2
  %f16564 = fpext <16 x half> %3292 to <16 x float>
  %3293 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3260, <16 x float> %f16564, <16 x float> %3250)
  store <16 x float> %3293, ptr %102, align 64
  %3294 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3262, <16 x float> %f16564, <16 x float> %3251)
  store <16 x float> %3294, ptr %112, align 64
  %3295 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3264, <16 x float> %f16564, <16 x float> %3252)
  store <16 x float> %3295, ptr %123, align 64
  %3296 = getelementptr i8, ptr %3258, i64 224
  %3297 = load <16 x half>, ptr %3296, align 2
  %f16565 = fpext <16 x half> %3297 to <16 x float>
  %3298 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3260, <16 x float> %f16565, <16 x float> %3255)
  store <16 x float> %3298, ptr %103, align 64
  %3299 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3262, <16 x float> %f16565, <16 x float> %3256)
  store <16 x float> %3299, ptr %113, align 64
  %3300 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3264, <16 x float> %f16565, <16 x float> %3257)
  store <16 x float> %3300, ptr %124, align 64
  %3301 = getelementptr i8, ptr %24, i64 %2325
  %3302 = load <16 x half>, ptr %3301, align 2
  %f16566 = fpext <16 x half> %3302 to <16 x float>
  %3303 = shufflevector <16 x float> %exp2484, <16 x float> poison, <16 x i32> <i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7>
  %3304 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3303, <16 x float> %f16566, <16 x float> %3261)
  store <16 x float> %3304, ptr %bacc658, align 64
  %3305 = shufflevector <16 x float> %exp2496, <16 x float> poison, <16 x i32> <i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7>
  %3306 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3305, <16 x float> %f16566, <16 x float> %3263)
  store <16 x float> %3306, ptr %106, align 64
  %3307 = shufflevector <16 x float> %exp2508, <16 x float> poison, <16 x i32> <i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7>
  %3308 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3307, <16 x float> %f16566, <16 x float> %3265)
  store <16 x float> %3308, ptr %117, align 64
  %3309 = getelementptr i8, ptr %3301, i64 32
  %3310 = load <16 x half>, ptr %3309, align 2
  %f16567 = fpext <16 x half> %3310 to <16 x float>
  %3311 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3303, <16 x float> %f16567, <16 x float> %3268)
  store <16 x float> %3311, ptr %97, align 64
  %3312 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3305, <16 x float> %f16567, <16 x float> %3269)
  store <16 x float> %3312, ptr %107, align 64
  %3313 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3307, <16 x float> %f16567, <16 x float> %3270)
  store <16 x float> %3313, ptr %118, align 64
  %3314 = getelementptr i8, ptr %3301, i64 64
  %3315 = load <16 x half>, ptr %3314, align 2
  %f16568 = fpext <16 x half> %3315 to <16 x float>
  %3316 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3303, <16 x float> %f16568, <16 x float> %3273)
  store <16 x float> %3316, ptr %98, align 64
  %3317 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3305, <16 x float> %f16568, <16 x float> %3274)
  store <16 x float> %3317, ptr %108, align 64
  %3318 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3307, <16 x float> %f16568, <16 x float> %3275)
  store <16 x float> %3318, ptr %119, align 64
  %3319 = getelementptr i8, ptr %3301, i64 96
  %3320 = load <16 x half>, ptr %3319, align 2
  %f16569 = fpext <16 x half> %3320 to <16 x float>
  %3321 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3303, <16 x float> %f16569, <16 x float> %3278)
  store <16 x float> %3321, ptr %99, align 64
  %3322 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3305, <16 x float> %f16569, <16 x float> %3279)
  store <16 x float> %3322, ptr %109, align 64
  %3323 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3307, <16 x float> %f16569, <16 x float> %3280)
  store <16 x float> %3323, ptr %120, align 64
  %3324 = getelementptr i8, ptr %3301, i64 128
  %3325 = load <16 x half>, ptr %3324, align 2
  %f16570 = fpext <16 x half> %3325 to <16 x float>
  %3326 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3303, <16 x float> %f16570, <16 x float> %3283)
  store <16 x float> %3326, ptr %100, align 64
  %3327 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3305, <16 x float> %f16570, <16 x float> %3284)
  store <16 x float> %3327, ptr %110, align 64
  %3328 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3307, <16 x float> %f16570, <16 x float> %3285)
  store <16 x float> %3328, ptr %121, align 64
  %3329 = getelementptr i8, ptr %3301, i64 160
  %3330 = load <16 x half>, ptr %3329, align 2
  %f16571 = fpext <16 x half> %3330 to <16 x float>
  %3331 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3303, <16 x float> %f16571, <16 x float> %3288)
  store <16 x float> %3331, ptr %101, align 64
  %3332 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3305, <16 x float> %f16571, <16 x float> %3289)
  store <16 x float> %3332, ptr %111, align 64
  %3333 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3307, <16 x float> %f16571, <16 x float> %3290)
  store <16 x float> %3333, ptr %122, align 64
  %3334 = getelementptr i8, ptr %3301, i64 192
  %3335 = load <16 x half>, ptr %3334, align 2
  %f16572 = fpext <16 x half> %3335 to <16 x float>
  %3336 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3303, <16 x float> %f16572, <16 x float> %3293)
  store <16 x float> %3336, ptr %102, align 64
  %3337 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3305, <16 x float> %f16572, <16 x float> %3294)
  store <16 x float> %3337, ptr %112, align 64
  %3338 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3307, <16 x float> %f16572, <16 x float> %3295)
  store <16 x float> %3338, ptr %123, align 64
  %3339 = getelementptr i8, ptr %3301, i64 224
  %3340 = load <16 x half>, ptr %3339, align 2
  %f16573 = fpext <16 x half> %3340 to <16 x float>
  %3341 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3303, <16 x float> %f16573, <16 x float> %3298)
  store <16 x float> %3341, ptr %103, align 64
  %3342 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3305, <16 x float> %f16573, <16 x float> %3299)
  store <16 x float> %3342, ptr %113, align 64
  %3343 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3307, <16 x float> %f16573, <16 x float> %3300)
  store <16 x float> %3343, ptr %124, align 64
  %3344 = getelementptr i8, ptr %24, i64 %2396
  %3345 = load <16 x half>, ptr %3344, align 2
  %f16574 = fpext <16 x half> %3345 to <16 x float>
  %3346 = shufflevector <16 x float> %exp2484, <16 x float> poison, <16 x i32> <i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8>
  %3347 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3346, <16 x float> %f16574, <16 x float> %3304)
  store <16 x float> %3347, ptr %bacc658, align 64
  %3348 = shufflevector <16 x float> %exp2496, <16 x float> poison, <16 x i32> <i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8>
  %3349 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3348, <16 x float> %f16574, <16 x float> %3306)
  store <16 x float> %3349, ptr %106, align 64
  %3350 = shufflevector <16 x float> %exp2508, <16 x float> poison, <16 x i32> <i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8>
  %3351 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3350, <16 x float> %f16574, <16 x float> %3308)
  store <16 x float> %3351, ptr %117, align 64
  %3352 = getelementptr i8, ptr %3344, i64 32
  %3353 = load <16 x half>, ptr %3352, align 2
  %f16575 = fpext <16 x half> %3353 to <16 x float>
  %3354 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3346, <16 x float> %f16575, <16 x float> %3311)
  store <16 x float> %3354, ptr %97, align 64
  %3355 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3348, <16 x float> %f16575, <16 x float> %3312)
  store <16 x float> %3355, ptr %107, align 64
  %3356 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3350, <16 x float> %f16575, <16 x float> %3313)
  store <16 x float> %3356, ptr %118, align 64
  %3357 = getelementptr i8, ptr %3344, i64 64
  %3358 = load <16 x half>, ptr %3357, align 2
  %f16576 = fpext <16 x half> %3358 to <16 x float>
  %3359 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3346, <16 x float> %f16576, <16 x float> %3316)
  store <16 x float> %3359, ptr %98, align 64
  %3360 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3348, <16 x float> %f16576, <16 x float> %3317)
  store <16 x float> %3360, ptr %108, align 64
  %3361 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3350, <16 x float> %f16576, <16 x float> %3318)
  store <16 x float> %3361, ptr %119, align 64
  %3362 = getelementptr i8, ptr %3344, i64 96
  %3363 = load <16 x half>, ptr %3362, align 2
  %f16577 = fpext <16 x half> %3363 to <16 x float>
  %3364 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3346, <16 x float> %f16577, <16 x float> %3321)
  store <16 x float> %3364, ptr %99, align 64
  %3365 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3348, <16 x float> %f16577, <16 x float> %3322)
  store <16 x float> %3365, ptr %109, align 64
  %3366 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3350, <16 x float> %f16577, <16 x float> %3323)
  store <16 x float> %3366, ptr %120, align 64
  %3367 = getelementptr i8, ptr %3344, i64 128
  %3368 = load <16 x half>, ptr %3367, align 2
  %f16578 = fpext <16 x half> %3368 to <16 x float>
  %3369 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3346, <16 x float> %f16578, <16 x float> %3326)
  store <16 x float> %3369, ptr %100, align 64
  %3370 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3348, <16 x float> %f16578, <16 x float> %3327)
  store <16 x float> %3370, ptr %110, align 64
  %3371 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3350, <16 x float> %f16578, <16 x float> %3328)
  store <16 x float> %3371, ptr %121, align 64
  %3372 = getelementptr i8, ptr %3344, i64 160
  %3373 = load <16 x half>, ptr %3372, align 2
  %f16579 = fpext <16 x half> %3373 to <16 x float>
  %3374 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3346, <16 x float> %f16579, <16 x float> %3331)
  store <16 x float> %3374, ptr %101, align 64
  %3375 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3348, <16 x float> %f16579, <16 x float> %3332)
  store <16 x float> %3375, ptr %111, align 64
  %3376 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3350, <16 x float> %f16579, <16 x float> %3333)
  store <16 x float> %3376, ptr %122, align 64
  %3377 = getelementptr i8, ptr %3344, i64 192
  %3378 = load <16 x half>, ptr %3377, align 2
  %f16580 = fpext <16 x half> %3378 to <16 x float>
  %3379 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3346, <16 x float> %f16580, <16 x float> %3336)
  store <16 x float> %3379, ptr %102, align 64
  %3380 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3348, <16 x float> %f16580, <16 x float> %3337)
  store <16 x float> %3380, ptr %112, align 64
  %3381 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3350, <16 x float> %f16580, <16 x float> %3338)
  store <16 x float> %3381, ptr %123, align 64
  %3382 = getelementptr i8, ptr %3344, i64 224
  %3383 = load <16 x half>, ptr %3382, align 2
  %f16581 = fpext <16 x half> %3383 to <16 x float>
  %3384 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3346, <16 x float> %f16581, <16 x float> %3341)
  store <16 x float> %3384, ptr %103, align 64
  %3385 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3348, <16 x float> %f16581, <16 x float> %3342)
  store <16 x float> %3385, ptr %113, align 64
  %3386 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3350, <16 x float> %f16581, <16 x float> %3343)
  store <16 x float> %3386, ptr %124, align 64
  %3387 = getelementptr i8, ptr %24, i64 %2440
  %3388 = load <16 x half>, ptr %3387, align 2
  %f16582 = fpext <16 x half> %3388 to <16 x float>
  %3389 = shufflevector <16 x float> %exp2484, <16 x float> poison, <16 x i32> <i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9>
  %3390 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3389, <16 x float> %f16582, <16 x float> %3347)
  store <16 x float> %3390, ptr %bacc658, align 64
  %3391 = shufflevector <16 x float> %exp2496, <16 x float> poison, <16 x i32> <i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9>
  %3392 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3391, <16 x float> %f16582, <16 x float> %3349)
  store <16 x float> %3392, ptr %106, align 64
  %3393 = shufflevector <16 x float> %exp2508, <16 x float> poison, <16 x i32> <i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9>
  %3394 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3393, <16 x float> %f16582, <16 x float> %3351)
  store <16 x float> %3394, ptr %117, align 64
  %3395 = getelementptr i8, ptr %3387, i64 32
  %3396 = load <16 x half>, ptr %3395, align 2
  %f16583 = fpext <16 x half> %3396 to <16 x float>
  %3397 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3389, <16 x float> %f16583, <16 x float> %3354)
  store <16 x float> %3397, ptr %97, align 64
  %3398 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3391, <16 x float> %f16583, <16 x float> %3355)
  store <16 x float> %3398, ptr %107, align 64
  %3399 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3393, <16 x float> %f16583, <16 x float> %3356)
  store <16 x float> %3399, ptr %118, align 64
  %3400 = getelementptr i8, ptr %3387, i64 64
  %3401 = load <16 x half>, ptr %3400, align 2
  %f16584 = fpext <16 x half> %3401 to <16 x float>
  %3402 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3389, <16 x float> %f16584, <16 x float> %3359)
  store <16 x float> %3402, ptr %98, align 64
  %3403 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3391, <16 x float> %f16584, <16 x float> %3360)
  store <16 x float> %3403, ptr %108, align 64
  %3404 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3393, <16 x float> %f16584, <16 x float> %3361)
  store <16 x float> %3404, ptr %119, align 64
  %3405 = getelementptr i8, ptr %3387, i64 96
  %3406 = load <16 x half>, ptr %3405, align 2
  %f16585 = fpext <16 x half> %3406 to <16 x float>
  %3407 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3389, <16 x float> %f16585, <16 x float> %3364)
  store <16 x float> %3407, ptr %99, align 64
  %3408 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3391, <16 x float> %f16585, <16 x float> %3365)
  store <16 x float> %3408, ptr %109, align 64
  %3409 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3393, <16 x float> %f16585, <16 x float> %3366)
  store <16 x float> %3409, ptr %120, align 64
  %3410 = getelementptr i8, ptr %3387, i64 128
  %3411 = load <16 x half>, ptr %3410, align 2
  %f16586 = fpext <16 x half> %3411 to <16 x float>
  %3412 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3389, <16 x float> %f16586, <16 x float> %3369)
  store <16 x float> %3412, ptr %100, align 64
  %3413 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3391, <16 x float> %f16586, <16 x float> %3370)
  store <16 x float> %3413, ptr %110, align 64
  %3414 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3393, <16 x float> %f16586, <16 x float> %3371)
  store <16 x float> %3414, ptr %121, align 64
  %3415 = getelementptr i8, ptr %3387, i64 160
  %3416 = load <16 x half>, ptr %3415, align 2
  %f16587 = fpext <16 x half> %3416 to <16 x float>
  %3417 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3389, <16 x float> %f16587, <16 x float> %3374)
  store <16 x float> %3417, ptr %101, align 64
  %3418 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3391, <16 x float> %f16587, <16 x float> %3375)
  store <16 x float> %3418, ptr %111, align 64
  %3419 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3393, <16 x float> %f16587, <16 x float> %3376)
  store <16 x float> %3419, ptr %122, align 64
  %3420 = getelementptr i8, ptr %3387, i64 192
  %3421 = load <16 x half>, ptr %3420, align 2
  %f16588 = fpext <16 x half> %3421 to <16 x float>
  %3422 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3389, <16 x float> %f16588, <16 x float> %3379)
  store <16 x float> %3422, ptr %102, align 64
  %3423 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3391, <16 x float> %f16588, <16 x float> %3380)
  store <16 x float> %3423, ptr %112, align 64
  %3424 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3393, <16 x float> %f16588, <16 x float> %3381)
  store <16 x float> %3424, ptr %123, align 64
  %3425 = getelementptr i8, ptr %3387, i64 224
  %3426 = load <16 x half>, ptr %3425, align 2
  %f16589 = fpext <16 x half> %3426 to <16 x float>
  %3427 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3389, <16 x float> %f16589, <16 x float> %3384)
  store <16 x float> %3427, ptr %103, align 64
  %3428 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3391, <16 x float> %f16589, <16 x float> %3385)
  store <16 x float> %3428, ptr %113, align 64
  %3429 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3393, <16 x float> %f16589, <16 x float> %3386)
  store <16 x float> %3429, ptr %124, align 64
  %3430 = getelementptr i8, ptr %24, i64 %2493
  %3431 = load <16 x half>, ptr %3430, align 2
  %f16590 = fpext <16 x half> %3431 to <16 x float>
  %3432 = shufflevector <16 x float> %exp2484, <16 x float> poison, <16 x i32> <i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10>
  %3433 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3432, <16 x float> %f16590, <16 x float> %3390)
  store <16 x float> %3433, ptr %bacc658, align 64
  %3434 = shufflevector <16 x float> %exp2496, <16 x float> poison, <16 x i32> <i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10>
  %3435 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3434, <16 x float> %f16590, <16 x float> %3392)
  store <16 x float> %3435, ptr %106, align 64
  %3436 = shufflevector <16 x float> %exp2508, <16 x float> poison, <16 x i32> <i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10>
  %3437 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3436, <16 x float> %f16590, <16 x float> %3394)
  store <16 x float> %3437, ptr %117, align 64
  %3438 = getelementptr i8, ptr %3430, i64 32
  %3439 = load <16 x half>, ptr %3438, align 2
  %f16591 = fpext <16 x half> %3439 to <16 x float>
  %3440 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3432, <16 x float> %f16591, <16 x float> %3397)
  store <16 x float> %3440, ptr %97, align 64
  %3441 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3434, <16 x float> %f16591, <16 x float> %3398)
  store <16 x float> %3441, ptr %107, align 64
  %3442 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3436, <16 x float> %f16591, <16 x float> %3399)
  store <16 x float> %3442, ptr %118, align 64
  %3443 = getelementptr i8, ptr %3430, i64 64
  %3444 = load <16 x half>, ptr %3443, align 2
  %f16592 = fpext <16 x half> %3444 to <16 x float>
  %3445 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3432, <16 x float> %f16592, <16 x float> %3402)
  store <16 x float> %3445, ptr %98, align 64
  %3446 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3434, <16 x float> %f16592, <16 x float> %3403)
  store <16 x float> %3446, ptr %108, align 64
  %3447 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3436, <16 x float> %f16592, <16 x float> %3404)
  store <16 x float> %3447, ptr %119, align 64
  %3448 = getelementptr i8, ptr %3430, i64 96
  %3449 = load <16 x half>, ptr %3448, align 2
  %f16593 = fpext <16 x half> %3449 to <16 x float>
  %3450 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3432, <16 x float> %f16593, <16 x float> %3407)
  store <16 x float> %3450, ptr %99, align 64
  %3451 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3434, <16 x float> %f16593, <16 x float> %3408)
  store <16 x float> %3451, ptr %109, align 64
  %3452 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3436, <16 x float> %f16593, <16 x float> %3409)
  store <16 x float> %3452, ptr %120, align 64
  %3453 = getelementptr i8, ptr %3430, i64 128
  %3454 = load <16 x half>, ptr %3453, align 2
  %f16594 = fpext <16 x half> %3454 to <16 x float>
  %3455 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3432, <16 x float> %f16594, <16 x float> %3412)
  store <16 x float> %3455, ptr %100, align 64
  %3456 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3434, <16 x float> %f16594, <16 x float> %3413)
  store <16 x float> %3456, ptr %110, align 64
  %3457 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3436, <16 x float> %f16594, <16 x float> %3414)
  store <16 x float> %3457, ptr %121, align 64
  %3458 = getelementptr i8, ptr %3430, i64 160
  %3459 = load <16 x half>, ptr %3458, align 2
  %f16595 = fpext <16 x half> %3459 to <16 x float>
  %3460 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3432, <16 x float> %f16595, <16 x float> %3417)
  store <16 x float> %3460, ptr %101, align 64
  %3461 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3434, <16 x float> %f16595, <16 x float> %3418)
  store <16 x float> %3461, ptr %111, align 64
  %3462 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3436, <16 x float> %f16595, <16 x float> %3419)
  store <16 x float> %3462, ptr %122, align 64
  %3463 = getelementptr i8, ptr %3430, i64 192
  %3464 = load <16 x half>, ptr %3463, align 2
  %f16596 = fpext <16 x half> %3464 to <16 x float>
  %3465 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3432, <16 x float> %f16596, <16 x float> %3422)
  store <16 x float> %3465, ptr %102, align 64
  %3466 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3434, <16 x float> %f16596, <16 x float> %3423)
  store <16 x float> %3466, ptr %112, align 64
  %3467 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3436, <16 x float> %f16596, <16 x float> %3424)
  store <16 x float> %3467, ptr %123, align 64
  %3468 = getelementptr i8, ptr %3430, i64 224
  %3469 = load <16 x half>, ptr %3468, align 2
  %f16597 = fpext <16 x half> %3469 to <16 x float>
  %3470 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3432, <16 x float> %f16597, <16 x float> %3427)
  store <16 x float> %3470, ptr %103, align 64
  %3471 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3434, <16 x float> %f16597, <16 x float> %3428)
  store <16 x float> %3471, ptr %113, align 64
  %3472 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3436, <16 x float> %f16597, <16 x float> %3429)
  store <16 x float> %3472, ptr %124, align 64
  %3473 = getelementptr i8, ptr %24, i64 %2537
  %3474 = load <16 x half>, ptr %3473, align 2
  %f16598 = fpext <16 x half> %3474 to <16 x float>
  %3475 = shufflevector <16 x float> %exp2484, <16 x float> poison, <16 x i32> <i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11>
  %3476 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3475, <16 x float> %f16598, <16 x float> %3433)
  store <16 x float> %3476, ptr %bacc658, align 64
  %3477 = shufflevector <16 x float> %exp2496, <16 x float> poison, <16 x i32> <i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11>
  %3478 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3477, <16 x float> %f16598, <16 x float> %3435)
  store <16 x float> %3478, ptr %106, align 64
  %3479 = shufflevector <16 x float> %exp2508, <16 x float> poison, <16 x i32> <i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11, i32 11>
  %3480 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3479, <16 x float> %f16598, <16 x float> %3437)
  store <16 x float> %3480, ptr %117, align 64
  %3481 = getelementptr i8, ptr %3473, i64 32
  %3482 = load <16 x half>, ptr %3481, align 2
  %f16599 = fpext <16 x half> %3482 to <16 x float>
  %3483 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3475, <16 x float> %f16599, <16 x float> %3440)
  store <16 x float> %3483, ptr %97, align 64
  %3484 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3477, <16 x float> %f16599, <16 x float> %3441)
  store <16 x float> %3484, ptr %107, align 64
  %3485 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3479, <16 x float> %f16599, <16 x float> %3442)
  store <16 x float> %3485, ptr %118, align 64
  %3486 = getelementptr i8, ptr %3473, i64 64
  %3487 = load <16 x half>, ptr %3486, align 2
  %f16600 = fpext <16 x half> %3487 to <16 x float>
  %3488 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3475, <16 x float> %f16600, <16 x float> %3445)
  store <16 x float> %3488, ptr %98, align 64
  %3489 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3477, <16 x float> %f16600, <16 x float> %3446)
  store <16 x float> %3489, ptr %108, align 64
  %3490 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3479, <16 x float> %f16600, <16 x float> %3447)
  store <16 x float> %3490, ptr %119, align 64
  %3491 = getelementptr i8, ptr %3473, i64 96
  %3492 = load <16 x half>, ptr %3491, align 2
  %f16601 = fpext <16 x half> %3492 to <16 x float>
  %3493 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3475, <16 x float> %f16601, <16 x float> %3450)
  store <16 x float> %3493, ptr %99, align 64
  %3494 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3477, <16 x float> %f16601, <16 x float> %3451)
  store <16 x float> %3494, ptr %109, align 64
  %3495 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3479, <16 x float> %f16601, <16 x float> %3452)
  store <16 x float> %3495, ptr %120, align 64
  %3496 = getelementptr i8, ptr %3473, i64 128
  %3497 = load <16 x half>, ptr %3496, align 2
  %f16602 = fpext <16 x half> %3497 to <16 x float>
  %3498 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3475, <16 x float> %f16602, <16 x float> %3455)
  store <16 x float> %3498, ptr %100, align 64
  %3499 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3477, <16 x float> %f16602, <16 x float> %3456)
  store <16 x float> %3499, ptr %110, align 64
  %3500 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3479, <16 x float> %f16602, <16 x float> %3457)
  store <16 x float> %3500, ptr %121, align 64
  %3501 = getelementptr i8, ptr %3473, i64 160
  %3502 = load <16 x half>, ptr %3501, align 2
  %f16603 = fpext <16 x half> %3502 to <16 x float>
  %3503 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3475, <16 x float> %f16603, <16 x float> %3460)
  store <16 x float> %3503, ptr %101, align 64
  %3504 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3477, <16 x float> %f16603, <16 x float> %3461)
  store <16 x float> %3504, ptr %111, align 64
  %3505 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3479, <16 x float> %f16603, <16 x float> %3462)
  store <16 x float> %3505, ptr %122, align 64
  %3506 = getelementptr i8, ptr %3473, i64 192
  %3507 = load <16 x half>, ptr %3506, align 2
  %f16604 = fpext <16 x half> %3507 to <16 x float>
  %3508 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3475, <16 x float> %f16604, <16 x float> %3465)
  store <16 x float> %3508, ptr %102, align 64
  %3509 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3477, <16 x float> %f16604, <16 x float> %3466)
  store <16 x float> %3509, ptr %112, align 64
  %3510 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3479, <16 x float> %f16604, <16 x float> %3467)
  store <16 x float> %3510, ptr %123, align 64
  %3511 = getelementptr i8, ptr %3473, i64 224
  %3512 = load <16 x half>, ptr %3511, align 2
  %f16605 = fpext <16 x half> %3512 to <16 x float>
  %3513 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3475, <16 x float> %f16605, <16 x float> %3470)
  store <16 x float> %3513, ptr %103, align 64
  %3514 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3477, <16 x float> %f16605, <16 x float> %3471)
  store <16 x float> %3514, ptr %113, align 64
  %3515 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3479, <16 x float> %f16605, <16 x float> %3472)
  store <16 x float> %3515, ptr %124, align 64
  %3516 = getelementptr i8, ptr %24, i64 %2599
  %3517 = load <16 x half>, ptr %3516, align 2
  %f16606 = fpext <16 x half> %3517 to <16 x float>
  %3518 = shufflevector <16 x float> %exp2484, <16 x float> poison, <16 x i32> <i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12>
  %3519 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3518, <16 x float> %f16606, <16 x float> %3476)
  store <16 x float> %3519, ptr %bacc658, align 64
  %3520 = shufflevector <16 x float> %exp2496, <16 x float> poison, <16 x i32> <i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12>
  %3521 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3520, <16 x float> %f16606, <16 x float> %3478)
  store <16 x float> %3521, ptr %106, align 64
  %3522 = shufflevector <16 x float> %exp2508, <16 x float> poison, <16 x i32> <i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12>
  %3523 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3522, <16 x float> %f16606, <16 x float> %3480)
  store <16 x float> %3523, ptr %117, align 64
  %3524 = getelementptr i8, ptr %3516, i64 32
  %3525 = load <16 x half>, ptr %3524, align 2
  %f16607 = fpext <16 x half> %3525 to <16 x float>
  %3526 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3518, <16 x float> %f16607, <16 x float> %3483)
  store <16 x float> %3526, ptr %97, align 64
  %3527 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3520, <16 x float> %f16607, <16 x float> %3484)
  store <16 x float> %3527, ptr %107, align 64
  %3528 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3522, <16 x float> %f16607, <16 x float> %3485)
  store <16 x float> %3528, ptr %118, align 64
  %3529 = getelementptr i8, ptr %3516, i64 64
  %3530 = load <16 x half>, ptr %3529, align 2
  %f16608 = fpext <16 x half> %3530 to <16 x float>
  %3531 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3518, <16 x float> %f16608, <16 x float> %3488)
  store <16 x float> %3531, ptr %98, align 64
  %3532 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3520, <16 x float> %f16608, <16 x float> %3489)
  store <16 x float> %3532, ptr %108, align 64
  %3533 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3522, <16 x float> %f16608, <16 x float> %3490)
  store <16 x float> %3533, ptr %119, align 64
  %3534 = getelementptr i8, ptr %3516, i64 96
  %3535 = load <16 x half>, ptr %3534, align 2
  %f16609 = fpext <16 x half> %3535 to <16 x float>
  %3536 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3518, <16 x float> %f16609, <16 x float> %3493)
  store <16 x float> %3536, ptr %99, align 64
  %3537 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3520, <16 x float> %f16609, <16 x float> %3494)
  store <16 x float> %3537, ptr %109, align 64
  %3538 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3522, <16 x float> %f16609, <16 x float> %3495)
  store <16 x float> %3538, ptr %120, align 64
  %3539 = getelementptr i8, ptr %3516, i64 128
  %3540 = load <16 x half>, ptr %3539, align 2
  %f16610 = fpext <16 x half> %3540 to <16 x float>
  %3541 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3518, <16 x float> %f16610, <16 x float> %3498)
  store <16 x float> %3541, ptr %100, align 64
  %3542 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3520, <16 x float> %f16610, <16 x float> %3499)
  store <16 x float> %3542, ptr %110, align 64
  %3543 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3522, <16 x float> %f16610, <16 x float> %3500)
  store <16 x float> %3543, ptr %121, align 64
  %3544 = getelementptr i8, ptr %3516, i64 160
  %3545 = load <16 x half>, ptr %3544, align 2
  %f16611 = fpext <16 x half> %3545 to <16 x float>
  %3546 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3518, <16 x float> %f16611, <16 x float> %3503)
  store <16 x float> %3546, ptr %101, align 64
  %3547 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3520, <16 x float> %f16611, <16 x float> %3504)
  store <16 x float> %3547, ptr %111, align 64
  %3548 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3522, <16 x float> %f16611, <16 x float> %3505)
  store <16 x float> %3548, ptr %122, align 64
  %3549 = getelementptr i8, ptr %3516, i64 192
  %3550 = load <16 x half>, ptr %3549, align 2
  %f16612 = fpext <16 x half> %3550 to <16 x float>
  %3551 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3518, <16 x float> %f16612, <16 x float> %3508)
  store <16 x float> %3551, ptr %102, align 64
  %3552 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3520, <16 x float> %f16612, <16 x float> %3509)
  store <16 x float> %3552, ptr %112, align 64
  %3553 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3522, <16 x float> %f16612, <16 x float> %3510)
  store <16 x float> %3553, ptr %123, align 64
  %3554 = getelementptr i8, ptr %3516, i64 224
  %3555 = load <16 x half>, ptr %3554, align 2
  %f16613 = fpext <16 x half> %3555 to <16 x float>
  %3556 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3518, <16 x float> %f16613, <16 x float> %3513)
  store <16 x float> %3556, ptr %103, align 64
  %3557 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3520, <16 x float> %f16613, <16 x float> %3514)
  store <16 x float> %3557, ptr %113, align 64
  %3558 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3522, <16 x float> %f16613, <16 x float> %3515)
  store <16 x float> %3558, ptr %124, align 64
  %3559 = getelementptr i8, ptr %24, i64 %2643
  %3560 = load <16 x half>, ptr %3559, align 2
  %f16614 = fpext <16 x half> %3560 to <16 x float>
  %3561 = shufflevector <16 x float> %exp2484, <16 x float> poison, <16 x i32> <i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13>
  %3562 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3561, <16 x float> %f16614, <16 x float> %3519)
  store <16 x float> %3562, ptr %bacc658, align 64
  %3563 = shufflevector <16 x float> %exp2496, <16 x float> poison, <16 x i32> <i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13>
  %3564 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3563, <16 x float> %f16614, <16 x float> %3521)
  store <16 x float> %3564, ptr %106, align 64
  %3565 = shufflevector <16 x float> %exp2508, <16 x float> poison, <16 x i32> <i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13>
  %3566 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3565, <16 x float> %f16614, <16 x float> %3523)
  store <16 x float> %3566, ptr %117, align 64
  %3567 = getelementptr i8, ptr %3559, i64 32
  %3568 = load <16 x half>, ptr %3567, align 2
  %f16615 = fpext <16 x half> %3568 to <16 x float>
  %3569 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3561, <16 x float> %f16615, <16 x float> %3526)
  store <16 x float> %3569, ptr %97, align 64
  %3570 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3563, <16 x float> %f16615, <16 x float> %3527)
  store <16 x float> %3570, ptr %107, align 64
  %3571 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3565, <16 x float> %f16615, <16 x float> %3528)
  store <16 x float> %3571, ptr %118, align 64
  %3572 = getelementptr i8, ptr %3559, i64 64
  %3573 = load <16 x half>, ptr %3572, align 2
  %f16616 = fpext <16 x half> %3573 to <16 x float>
  %3574 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3561, <16 x float> %f16616, <16 x float> %3531)
  store <16 x float> %3574, ptr %98, align 64
  %3575 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3563, <16 x float> %f16616, <16 x float> %3532)
  store <16 x float> %3575, ptr %108, align 64
  %3576 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3565, <16 x float> %f16616, <16 x float> %3533)
  store <16 x float> %3576, ptr %119, align 64
  %3577 = getelementptr i8, ptr %3559, i64 96
  %3578 = load <16 x half>, ptr %3577, align 2
  %f16617 = fpext <16 x half> %3578 to <16 x float>
  %3579 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3561, <16 x float> %f16617, <16 x float> %3536)
  store <16 x float> %3579, ptr %99, align 64
  %3580 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3563, <16 x float> %f16617, <16 x float> %3537)
  store <16 x float> %3580, ptr %109, align 64
  %3581 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3565, <16 x float> %f16617, <16 x float> %3538)
  store <16 x float> %3581, ptr %120, align 64
  %3582 = getelementptr i8, ptr %3559, i64 128
  %3583 = load <16 x half>, ptr %3582, align 2
  %f16618 = fpext <16 x half> %3583 to <16 x float>
  %3584 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3561, <16 x float> %f16618, <16 x float> %3541)
  store <16 x float> %3584, ptr %100, align 64
  %3585 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3563, <16 x float> %f16618, <16 x float> %3542)
  store <16 x float> %3585, ptr %110, align 64
  %3586 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3565, <16 x float> %f16618, <16 x float> %3543)
  store <16 x float> %3586, ptr %121, align 64
  %3587 = getelementptr i8, ptr %3559, i64 160
  %3588 = load <16 x half>, ptr %3587, align 2
  %f16619 = fpext <16 x half> %3588 to <16 x float>
  %3589 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3561, <16 x float> %f16619, <16 x float> %3546)
  store <16 x float> %3589, ptr %101, align 64
  %3590 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3563, <16 x float> %f16619, <16 x float> %3547)
  store <16 x float> %3590, ptr %111, align 64
  %3591 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3565, <16 x float> %f16619, <16 x float> %3548)
  store <16 x float> %3591, ptr %122, align 64
  %3592 = getelementptr i8, ptr %3559, i64 192
  %3593 = load <16 x half>, ptr %3592, align 2
  %f16620 = fpext <16 x half> %3593 to <16 x float>
  %3594 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3561, <16 x float> %f16620, <16 x float> %3551)
  store <16 x float> %3594, ptr %102, align 64
  %3595 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3563, <16 x float> %f16620, <16 x float> %3552)
  store <16 x float> %3595, ptr %112, align 64
  %3596 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3565, <16 x float> %f16620, <16 x float> %3553)
  store <16 x float> %3596, ptr %123, align 64
  %3597 = getelementptr i8, ptr %3559, i64 224
  %3598 = load <16 x half>, ptr %3597, align 2
  %f16621 = fpext <16 x half> %3598 to <16 x float>
  %3599 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3561, <16 x float> %f16621, <16 x float> %3556)
  store <16 x float> %3599, ptr %103, align 64
  %3600 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3563, <16 x float> %f16621, <16 x float> %3557)
  store <16 x float> %3600, ptr %113, align 64
  %3601 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3565, <16 x float> %f16621, <16 x float> %3558)
  store <16 x float> %3601, ptr %124, align 64
  %3602 = getelementptr i8, ptr %24, i64 %2696
  %3603 = load <16 x half>, ptr %3602, align 2
  %f16622 = fpext <16 x half> %3603 to <16 x float>
  %3604 = shufflevector <16 x float> %exp2484, <16 x float> poison, <16 x i32> <i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14>
  %3605 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3604, <16 x float> %f16622, <16 x float> %3562)
  store <16 x float> %3605, ptr %bacc658, align 64
  %3606 = shufflevector <16 x float> %exp2496, <16 x float> poison, <16 x i32> <i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14>
  %3607 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3606, <16 x float> %f16622, <16 x float> %3564)
  store <16 x float> %3607, ptr %106, align 64
  %3608 = shufflevector <16 x float> %exp2508, <16 x float> poison, <16 x i32> <i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14>
  %3609 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3608, <16 x float> %f16622, <16 x float> %3566)
  store <16 x float> %3609, ptr %117, align 64
  %3610 = getelementptr i8, ptr %3602, i64 32
  %3611 = load <16 x half>, ptr %3610, align 2
  %f16623 = fpext <16 x half> %3611 to <16 x float>
  %3612 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3604, <16 x float> %f16623, <16 x float> %3569)
  store <16 x float> %3612, ptr %97, align 64
  %3613 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3606, <16 x float> %f16623, <16 x float> %3570)
  store <16 x float> %3613, ptr %107, align 64
  %3614 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3608, <16 x float> %f16623, <16 x float> %3571)
  store <16 x float> %3614, ptr %118, align 64
  %3615 = getelementptr i8, ptr %3602, i64 64
  %3616 = load <16 x half>, ptr %3615, align 2
  %f16624 = fpext <16 x half> %3616 to <16 x float>
  %3617 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3604, <16 x float> %f16624, <16 x float> %3574)
  store <16 x float> %3617, ptr %98, align 64
  %3618 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3606, <16 x float> %f16624, <16 x float> %3575)
  store <16 x float> %3618, ptr %108, align 64
  %3619 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3608, <16 x float> %f16624, <16 x float> %3576)
  store <16 x float> %3619, ptr %119, align 64
  %3620 = getelementptr i8, ptr %3602, i64 96
  %3621 = load <16 x half>, ptr %3620, align 2
  %f16625 = fpext <16 x half> %3621 to <16 x float>
  %3622 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3604, <16 x float> %f16625, <16 x float> %3579)
  store <16 x float> %3622, ptr %99, align 64
  %3623 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3606, <16 x float> %f16625, <16 x float> %3580)
  store <16 x float> %3623, ptr %109, align 64
  %3624 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3608, <16 x float> %f16625, <16 x float> %3581)
  store <16 x float> %3624, ptr %120, align 64
  %3625 = getelementptr i8, ptr %3602, i64 128
  %3626 = load <16 x half>, ptr %3625, align 2
  %f16626 = fpext <16 x half> %3626 to <16 x float>
  %3627 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3604, <16 x float> %f16626, <16 x float> %3584)
  store <16 x float> %3627, ptr %100, align 64
  %3628 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3606, <16 x float> %f16626, <16 x float> %3585)
  store <16 x float> %3628, ptr %110, align 64
  %3629 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3608, <16 x float> %f16626, <16 x float> %3586)
  store <16 x float> %3629, ptr %121, align 64
  %3630 = getelementptr i8, ptr %3602, i64 160
  %3631 = load <16 x half>, ptr %3630, align 2
  %f16627 = fpext <16 x half> %3631 to <16 x float>
  %3632 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3604, <16 x float> %f16627, <16 x float> %3589)
  store <16 x float> %3632, ptr %101, align 64
  %3633 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3606, <16 x float> %f16627, <16 x float> %3590)
  store <16 x float> %3633, ptr %111, align 64
  %3634 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3608, <16 x float> %f16627, <16 x float> %3591)
  store <16 x float> %3634, ptr %122, align 64
  %3635 = getelementptr i8, ptr %3602, i64 192
  %3636 = load <16 x half>, ptr %3635, align 2
  %f16628 = fpext <16 x half> %3636 to <16 x float>
  %3637 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3604, <16 x float> %f16628, <16 x float> %3594)
  store <16 x float> %3637, ptr %102, align 64
  %3638 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3606, <16 x float> %f16628, <16 x float> %3595)
  store <16 x float> %3638, ptr %112, align 64
  %3639 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3608, <16 x float> %f16628, <16 x float> %3596)
  store <16 x float> %3639, ptr %123, align 64
  %3640 = getelementptr i8, ptr %3602, i64 224
  %3641 = load <16 x half>, ptr %3640, align 2
  %f16629 = fpext <16 x half> %3641 to <16 x float>
  %3642 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3604, <16 x float> %f16629, <16 x float> %3599)
  store <16 x float> %3642, ptr %103, align 64
  %3643 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3606, <16 x float> %f16629, <16 x float> %3600)
  store <16 x float> %3643, ptr %113, align 64
  %3644 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3608, <16 x float> %f16629, <16 x float> %3601)
  store <16 x float> %3644, ptr %124, align 64
  %3645 = getelementptr i8, ptr %24, i64 %2740
  %3646 = load <16 x half>, ptr %3645, align 2
  %f16630 = fpext <16 x half> %3646 to <16 x float>
  %3647 = shufflevector <16 x float> %exp2484, <16 x float> poison, <16 x i32> <i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15>
  %3648 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3647, <16 x float> %f16630, <16 x float> %3605)
  store <16 x float> %3648, ptr %bacc658, align 64
  %3649 = shufflevector <16 x float> %exp2496, <16 x float> poison, <16 x i32> <i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15>
  %3650 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3649, <16 x float> %f16630, <16 x float> %3607)
  store <16 x float> %3650, ptr %106, align 64
  %3651 = shufflevector <16 x float> %exp2508, <16 x float> poison, <16 x i32> <i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15>
  %3652 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3651, <16 x float> %f16630, <16 x float> %3609)
  store <16 x float> %3652, ptr %117, align 64
  %3653 = getelementptr i8, ptr %3645, i64 32
  %3654 = load <16 x half>, ptr %3653, align 2
  %f16631 = fpext <16 x half> %3654 to <16 x float>
  %3655 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3647, <16 x float> %f16631, <16 x float> %3612)
  store <16 x float> %3655, ptr %97, align 64
  %3656 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3649, <16 x float> %f16631, <16 x float> %3613)
  store <16 x float> %3656, ptr %107, align 64
  %3657 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3651, <16 x float> %f16631, <16 x float> %3614)
  store <16 x float> %3657, ptr %118, align 64
  %3658 = getelementptr i8, ptr %3645, i64 64
  %3659 = load <16 x half>, ptr %3658, align 2
  %f16632 = fpext <16 x half> %3659 to <16 x float>
  %3660 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3647, <16 x float> %f16632, <16 x float> %3617)
  store <16 x float> %3660, ptr %98, align 64
  %3661 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3649, <16 x float> %f16632, <16 x float> %3618)
  store <16 x float> %3661, ptr %108, align 64
  %3662 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3651, <16 x float> %f16632, <16 x float> %3619)
  store <16 x float> %3662, ptr %119, align 64
  %3663 = getelementptr i8, ptr %3645, i64 96
  %3664 = load <16 x half>, ptr %3663, align 2
  %f16633 = fpext <16 x half> %3664 to <16 x float>
  %3665 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3647, <16 x float> %f16633, <16 x float> %3622)
  store <16 x float> %3665, ptr %99, align 64
  %3666 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3649, <16 x float> %f16633, <16 x float> %3623)
  store <16 x float> %3666, ptr %109, align 64
  %3667 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3651, <16 x float> %f16633, <16 x float> %3624)
  store <16 x float> %3667, ptr %120, align 64
  %3668 = getelementptr i8, ptr %3645, i64 128
  %3669 = load <16 x half>, ptr %3668, align 2
  %f16634 = fpext <16 x half> %3669 to <16 x float>
  %3670 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3647, <16 x float> %f16634, <16 x float> %3627)
  store <16 x float> %3670, ptr %100, align 64
  %3671 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3649, <16 x float> %f16634, <16 x float> %3628)
  store <16 x float> %3671, ptr %110, align 64
  %3672 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3651, <16 x float> %f16634, <16 x float> %3629)
  store <16 x float> %3672, ptr %121, align 64
  %3673 = getelementptr i8, ptr %3645, i64 160
  %3674 = load <16 x half>, ptr %3673, align 2
  %f16635 = fpext <16 x half> %3674 to <16 x float>
  %3675 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3647, <16 x float> %f16635, <16 x float> %3632)
  store <16 x float> %3675, ptr %101, align 64
  %3676 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3649, <16 x float> %f16635, <16 x float> %3633)
  store <16 x float> %3676, ptr %111, align 64
  %3677 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3651, <16 x float> %f16635, <16 x float> %3634)
  store <16 x float> %3677, ptr %122, align 64
  %3678 = getelementptr i8, ptr %3645, i64 192
  %3679 = load <16 x half>, ptr %3678, align 2
  %f16636 = fpext <16 x half> %3679 to <16 x float>
  %3680 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3647, <16 x float> %f16636, <16 x float> %3637)
  store <16 x float> %3680, ptr %102, align 64
  %3681 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3649, <16 x float> %f16636, <16 x float> %3638)
  store <16 x float> %3681, ptr %112, align 64
  %3682 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3651, <16 x float> %f16636, <16 x float> %3639)
  store <16 x float> %3682, ptr %123, align 64
  %3683 = getelementptr i8, ptr %3645, i64 224
  %3684 = load <16 x half>, ptr %3683, align 2
  %f16637 = fpext <16 x half> %3684 to <16 x float>
  %3685 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3647, <16 x float> %f16637, <16 x float> %3642)
  store <16 x float> %3685, ptr %103, align 64
  %3686 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3649, <16 x float> %f16637, <16 x float> %3643)
  store <16 x float> %3686, ptr %113, align 64
  %3687 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %3651, <16 x float> %f16637, <16 x float> %3644)
  store <16 x float> %3687, ptr %124, align 64
  %3688 = add nsw i32 %kmask321, 16
  br label %kmask

exit320:                                          ; preds = %kmask
  %3689 = load float, ptr %bm660, align 4
  store float %3689, ptr %153, align 4
  %3690 = load <16 x float>, ptr %bl659, align 64
  store <16 x float> %3690, ptr %154, align 64
  %3691 = load <16 x float>, ptr %bacc658, align 64
  store <16 x float> %3691, ptr %158, align 64
  %3692 = load <16 x float>, ptr %97, align 64
  store <16 x float> %3692, ptr %161, align 64
  %3693 = load <16 x float>, ptr %98, align 64
  store <16 x float> %3693, ptr %164, align 64
  %3694 = load <16 x float>, ptr %99, align 64
  store <16 x float> %3694, ptr %167, align 64
  %3695 = load <16 x float>, ptr %100, align 64
  store <16 x float> %3695, ptr %170, align 64
  %3696 = load <16 x float>, ptr %101, align 64
  store <16 x float> %3696, ptr %173, align 64
  %3697 = load <16 x float>, ptr %102, align 64
  store <16 x float> %3697, ptr %176, align 64
  %3698 = load <16 x float>, ptr %103, align 64
  store <16 x float> %3698, ptr %179, align 64
  %3699 = load float, ptr %104, align 4
  store float %3699, ptr %182, align 4
  %3700 = load <16 x float>, ptr %105, align 64
  store <16 x float> %3700, ptr %183, align 64
  %3701 = load <16 x float>, ptr %106, align 64
  store <16 x float> %3701, ptr %187, align 64
  %3702 = load <16 x float>, ptr %107, align 64
  store <16 x float> %3702, ptr %190, align 64
  %3703 = load <16 x float>, ptr %108, align 64
  store <16 x float> %3703, ptr %193, align 64
  store <16 x float> %1977, ptr %196, align 64
  store <16 x float> %1976, ptr %199, align 64
  store <16 x float> %1975, ptr %202, align 64
  store <16 x float> %1974, ptr %205, align 64
  store <16 x float> %1973, ptr %208, align 64
  %3704 = load float, ptr %115, align 4
  store float %3704, ptr %218, align 4
  %3705 = load <16 x float>, ptr %116, align 64
  store <16 x float> %3705, ptr %219, align 64
  store <16 x float> %1972, ptr %223, align 64
  store <16 x float> %1971, ptr %226, align 64
  store <16 x float> %1970, ptr %229, align 64
  store <16 x float> %1969, ptr %232, align 64
  store <16 x float> %1968, ptr %235, align 64
  store <16 x float> %1967, ptr %238, align 64
  store <16 x float> %1966, ptr %241, align 64
  store <16 x float> %1965, ptr %244, align 64
  br label %join

orow638:                                          ; preds = %orow638.preheader, %written
  %orow642 = phi i32 [ %3776, %written ], [ 0, %orow638.preheader ]
  %3706 = icmp slt i32 %orow642, %nrows.fr
  br i1 %3706, label %body639, label %done

body639:                                          ; preds = %orow638
  %3707 = zext nneg i32 %orow642 to i64
  %3708 = getelementptr float, ptr %ms661, i64 %3707
  %m643 = load float, ptr %3708, align 4
  %3709 = getelementptr <16 x float>, ptr %ls662, i64 %3707
  %3710 = load <16 x float>, ptr %3709, align 64
  %3711 = call reassoc float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %3710)
  %3712 = shl nuw nsw i64 %3707, 3
  %3713 = getelementptr <16 x float>, ptr %accs663, i64 %3712
  %3714 = load <16 x float>, ptr %3713, align 64
  %3715 = or disjoint i64 %3712, 1
  %3716 = getelementptr <16 x float>, ptr %accs663, i64 %3715
  %3717 = load <16 x float>, ptr %3716, align 64
  %3718 = or disjoint i64 %3712, 2
  %3719 = getelementptr <16 x float>, ptr %accs663, i64 %3718
  %3720 = load <16 x float>, ptr %3719, align 64
  %3721 = or disjoint i64 %3712, 3
  %3722 = getelementptr <16 x float>, ptr %accs663, i64 %3721
  %3723 = load <16 x float>, ptr %3722, align 64
  %3724 = or disjoint i64 %3712, 4
  %3725 = getelementptr <16 x float>, ptr %accs663, i64 %3724
  %3726 = load <16 x float>, ptr %3725, align 64
  %3727 = or disjoint i64 %3712, 5
  %3728 = getelementptr <16 x float>, ptr %accs663, i64 %3727
  %3729 = load <16 x float>, ptr %3728, align 64
  %3730 = or disjoint i64 %3712, 6
  %3731 = getelementptr <16 x float>, ptr %accs663, i64 %3730
  %3732 = load <16 x float>, ptr %3731, align 64
  %3733 = or disjoint i64 %3712, 7
  %3734 = getelementptr <16 x float>, ptr %accs663, i64 %3733
  %3735 = load <16 x float>, ptr %3734, align 64
  br i1 %.not, label %final, label %partial

partial:                                          ; preds = %body639
  %.idx = shl nuw nsw i64 %3707, 9
  %3736 = getelementptr i8, ptr %part, i64 %.idx
  store <16 x float> %3714, ptr %3736, align 4
  %3737 = getelementptr i8, ptr %3736, i64 64
  store <16 x float> %3717, ptr %3737, align 4
  %3738 = getelementptr i8, ptr %3736, i64 128
  store <16 x float> %3720, ptr %3738, align 4
  %3739 = getelementptr i8, ptr %3736, i64 192
  store <16 x float> %3723, ptr %3739, align 4
  %3740 = getelementptr i8, ptr %3736, i64 256
  store <16 x float> %3726, ptr %3740, align 4
  %3741 = getelementptr i8, ptr %3736, i64 320
  store <16 x float> %3729, ptr %3741, align 4
  %3742 = getelementptr i8, ptr %3736, i64 384
  store <16 x float> %3732, ptr %3742, align 4
  %3743 = getelementptr i8, ptr %3736, i64 448
  store <16 x float> %3735, ptr %3743, align 4
  %3744 = add nuw nsw i64 %130, %3707
  %3745 = getelementptr float, ptr %part, i64 %3744
  store float %m643, ptr %3745, align 4
  %gep = getelementptr float, ptr %invariant.gep, i64 %3744
  store float %3711, ptr %gep, align 4
  br label %written

final:                                            ; preds = %body639
  %3746 = sdiv i32 %orow642, %nh
  %qi644 = add i32 %q_begin, %3746
  %3747 = srem i32 %orow642, %nh
  %h645 = add i32 %h_begin, %3747
  %hq646 = add i32 %29, %h645
  %3748 = sext i32 %qi644 to i64
  %3749 = add i64 %q_row0, %3748
  %3750 = shl i64 %3749, 5
  %3751 = sext i32 %hq646 to i64
  %orow647 = add i64 %3750, %3751
  %3752 = fcmp oeq float %3711, 0.000000e+00
  %3753 = fdiv float 1.000000e+00, %3711
  %3754 = select i1 %3752, float 0.000000e+00, float %3753
  %3755 = shl i64 %orow647, 9
  %3756 = getelementptr i8, ptr %out, i64 %3755
  %3757 = insertelement <16 x float> poison, float %3754, i64 0
  %splat648 = shufflevector <16 x float> %3757, <16 x float> poison, <16 x i32> zeroinitializer
  %3758 = fmul <16 x float> %3714, %splat648
  store <16 x float> %3758, ptr %3756, align 4
  %3759 = fmul <16 x float> %3717, %splat648
  %3760 = getelementptr i8, ptr %3756, i64 64
  store <16 x float> %3759, ptr %3760, align 4
  %3761 = fmul <16 x float> %3720, %splat648
  %3762 = getelementptr i8, ptr %3756, i64 128
  store <16 x float> %3761, ptr %3762, align 4
  %3763 = fmul <16 x float> %3723, %splat648
  %3764 = getelementptr i8, ptr %3756, i64 192
  store <16 x float> %3763, ptr %3764, align 4
  %3765 = fmul <16 x float> %3726, %splat648
  %3766 = getelementptr i8, ptr %3756, i64 256
  store <16 x float> %3765, ptr %3766, align 4
  %3767 = fmul <16 x float> %3729, %splat648
  %3768 = getelementptr i8, ptr %3756, i64 320
  store <16 x float> %3767, ptr %3768, align 4
  %3769 = fmul <16 x float> %3732, %splat648
  %3770 = getelementptr i8, ptr %3756, i64 384
  store <16 x float> %3769, ptr %3770, align 4
  %3771 = fmul <16 x float> %3735, %splat648
  %3772 = getelementptr i8, ptr %3756, i64 448
  store <16 x float> %3771, ptr %3772, align 4
  %3773 = call float @llvm.log.f32(float %3711)
  %3774 = call float @llvm.fmuladd.f32(float %m643, float 0x3FE62E4300000000, float %3773)
  %lse656 = select i1 %3752, float 0xFFF0000000000000, float %3774
  %3775 = getelementptr float, ptr %lse, i64 %orow647
  store float %lse656, ptr %3775, align 4
  br label %written

written:                                          ; preds = %final, %partial
  %3776 = add nuw nsw i32 %orow642, 1
  br label %orow638
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fmuladd.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.vector.reduce.fmax.v16f32(<16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.maxnum.f32(float, float) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.maxnum.v16f32(<16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.minnum.v16f32(<16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.vector.reduce.fadd.v16f32(float, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.log.f32(float) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

declare i32 @attnrt_run(ptr, ptr)

; Function Attrs: nounwind
define i32 @llama3_8b(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_run(ptr nonnull @llama3_8b_kernel, ptr %0) #2
  ret i32 %1
}

declare i64 @attnrt_tasks(ptr, ptr)

; Function Attrs: nounwind
define i64 @llama3_8b_tasks(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_tasks(ptr nonnull @llama3_8b_kernel, ptr %0) #2
  ret i64 %1
}

declare i32 @attnrt_task(ptr, ptr, i64)

; Function Attrs: nounwind
define i32 @llama3_8b_task(ptr %0, i64 %1) #0 {
entry:
  %2 = call i32 @attnrt_task(ptr nonnull @llama3_8b_kernel, ptr %0, i64 %1) #2
  ret i32 %2
}

declare i64 @attnrt_workspace(ptr, ptr)

; Function Attrs: nounwind
define i64 @llama3_8b_workspace(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_workspace(ptr nonnull @llama3_8b_kernel, ptr %0) #2
  ret i64 %1
}

declare i32 @attnrt_append(ptr, ptr)

; Function Attrs: nounwind
define i32 @llama3_8b_append(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_append(ptr nonnull @llama3_8b_kernel, ptr %0) #2
  ret i32 %1
}

; Function Attrs: nounwind
define ptr @llama3_8b_info() #0 {
entry:
  ret ptr @llama3_8b_info_data
}

attributes #0 = { nounwind "target-cpu"="x86-64-v4" "target-features"="+avx512f,+evex512,+avx512bw,+avx512vl,+avx2,+fma,+f16c" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nounwind }
